import { closest } from '../../catalog/suggest';
import { Reporter, Rule } from '../rule';
import { arnIndex, candidateFormats, FormatEntry } from './arnIndex';
import { ResourceValue, emptyFieldSpan, fieldSpan, isOpen, replacementIn, wellFormedArns } from './arns';
import { formatsPhrase } from './describe';
import { KNOWN_REGIONS, looksLikeRegion } from './regions';

/** A region field that is not a Region name, or is empty where the resource type needs one. */
export const invalidArnRegion: Rule = {
  id: 'invalid-arn-region',
  name: 'Invalid or missing ARN region',
  summary: 'The region field of a resource ARN is not a Region name, or is empty for a regional resource.',
  description: [
    'The fourth field of an ARN is the Region of a regional resource, such as `us-east-1`, `eu-west-2` or',
    '`us-gov-west-1`, or `*` for any Region. A value of another shape (`us-east1`, `US-EAST-1`, `virginia`) or an',
    'empty field for a resource that lives in a Region never matches a real resource, so the statement does',
    'nothing there. IAM accepts the policy, so this is a warning. Only the shape of the name is checked, so Regions',
    'launched after the catalog are accepted; the field is only required empty or filled when every resource type',
    'the ARN can name agrees.',
  ].join(' '),
  severity: 'warning',
  accessAnalyzer: ['INVALID_ARN_REGION', 'MISSING_ARN_REGION'],
  checkStatement(statement, { catalog, report }) {
    const index = arnIndex(catalog);
    for (const value of wellFormedArns(statement)) {
      const region = value.arn.region.value;
      if (isOpen(region)) continue;
      const formats = candidateFormats(index, value.arn);
      if (formats.length === 0) continue;
      if (region === '') checkMissing(value, formats, report);
      else checkShape(value, formats, report);
    }
  },
};

function checkMissing(value: ResourceValue, formats: FormatEntry[], report: Reporter['report']): void {
  if (formats.some((f) => f.region === '')) return;
  const message = `${formatsPhrase(formats)} need a region: write one, such as us-east-1, or * for any region.`;
  report(emptyFieldSpan(value, value.arn!.region), message);
}

function checkShape(value: ResourceValue, formats: FormatEntry[], report: Reporter['report']): void {
  const region = value.arn!.region.value;
  // An empty-region format with a region is the error arn-region-not-allowed reports.
  if (looksLikeRegion(region) || formats.every((f) => f.region === '') || formats.some((f) => f.region === region))
    return;
  const fix = closest(region, KNOWN_REGIONS);
  const hint = fix ? `did you mean ${fix}?` : 'write one such as us-east-1, or * for any region.';
  report(fieldSpan(value, value.arn!.region), `"${region}" is not a region name: ${hint}`, replacementIn(value, fix));
}
