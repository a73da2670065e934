import { CompletionItemKind } from 'vscode-languageserver';
import { arnFormatParts } from '../../catalog/arnFormat';
import { Action, ResourceType } from '../../catalog/catalog';
import { globMatch } from '../../catalog/glob';
import { parseSub } from '../../cfn/sub';
import { PNode } from '../../parsing/tree';
import { statementActions } from './actions';
import { Env, PolicyAt } from './env';
import { Offer } from './offers';
import { Part } from './text';

/** The variables of ARN formats that pseudo parameters stand for in a template's `Fn::Sub`. */
const PSEUDO: Record<string, string> = {
  Partition: '${AWS::Partition}',
  Region: '${AWS::Region}',
  Account: '${AWS::AccountId}',
};

/** Values that fill an ARN format's variables for matching one format against another. */
const SAMPLES: Record<string, string> = { Partition: 'aws', Region: 'us-east-1', Account: '123456789012' };

/**
 * Resource values: the ARN formats of the resource types the statement's actions act on, as snippets with a stop
 * per variable; in a template, the template's resources whose ARN fits (`!GetAtt MyBucket.Arn`,
 * `!Sub '${MyBucket.Arn}/*'`) first and the formats with pseudo parameters in `Fn::Sub`; and `*`.
 */
export function resourceValues(env: Env, at: PolicyAt, statement: PNode | undefined): void {
  const { offers } = env;
  const types = resourceTypesFor(env, statementActions(env.catalog, statement));
  const star: Offer = {
    label: '*',
    kind: CompletionItemKind.Constant,
    detail: at.kind === 'key' ? 'This key' : 'Every resource',
    documentation:
      at.kind === 'key'
        ? 'In a key policy, `*` means the key the policy is attached to.'
        : 'Every resource the actions apply to.',
  };
  if (at.kind === 'key') offers.value(star);
  if (env.template) templateForms(env, types);
  for (const type of types) offers.value(arnOffer(type));
  if (env.template) for (const type of types) offers.value(subArnOffer(env, type));
  if (at.kind !== 'key') offers.value(star);
}

/**
 * The resource types of the actions, those most of the actions act on first; and when an ARN is being typed with
 * its service (`arn:aws:sqs:`), that service's types too.
 */
function resourceTypesFor(env: Env, actions: readonly Action[] | undefined): ResourceType[] {
  const { catalog } = env;
  const counts = new Map<ResourceType, number>();
  for (const action of actions ?? []) {
    for (const r of action.resourceTypes) {
      const type = catalog.resourceType(action.service, r.name);
      if (type) counts.set(type, (counts.get(type) ?? 0) + 1);
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].name.localeCompare(b[0].name)).map(([t]) => t);
  const fields = env.place.token.prefix.split(':');
  if (fields[0] === 'arn' && fields.length > 3) {
    for (const type of catalog.service(fields[2])?.resourceTypes ?? []) if (!counts.has(type)) ranked.push(type);
  }
  return ranked;
}

/** An ARN format as snippet parts: a stop per variable (one stop for a variable written twice). */
function formatParts(format: string, pseudo: boolean): Part[] {
  const parts: Part[] = [];
  const stops = new Map<string, number>();
  for (const part of parseSub(format)) {
    if (part.kind === 'text') {
      parts.push(part.text);
    } else if (pseudo && PSEUDO[part.name]) {
      parts.push(PSEUDO[part.name]);
    } else {
      let stop = stops.get(part.name);
      if (stop === undefined) stops.set(part.name, (stop = stops.size + 1));
      parts.push({ stop, text: part.name === 'Partition' ? 'aws' : part.name });
    }
  }
  return parts;
}

function typeDetail(env: Env, type: ResourceType): string {
  return `${type.name} · ${env.catalog.service(type.service)?.name ?? type.service}`;
}

function arnOffer(type: ResourceType): Offer {
  const parts = formatParts(type.arnFormat, false);
  return {
    label: type.arnFormat,
    kind: CompletionItemKind.Snippet,
    detail: `ARN of ${type.name}`,
    documentation: `ARN format of the \`${type.name}\` resource type of ${type.service}:\n\n\`${type.arnFormat}\``,
    insert: parts,
    filterText: parts.map((p) => (typeof p === 'string' ? p : 'text' in p ? p.text : '')).join(''),
  };
}

function subArnOffer(env: Env, type: ResourceType): Offer {
  const parts = formatParts(type.arnFormat, true);
  const yaml = env.place.yaml;
  const insert: Part[] = yaml ? ["!Sub '", ...parts, "'"] : ['{"Fn::Sub": "', ...parts, '"}'];
  const shown = parseSub(type.arnFormat)
    .map((p) => (p.kind === 'text' ? p.text : (PSEUDO[p.name] ?? `\${${p.name}}`)))
    .join('');
  return {
    label: yaml ? `!Sub ${shown}` : `Fn::Sub ${shown}`,
    kind: CompletionItemKind.Snippet,
    detail: typeDetail(env, type),
    documentation: `The ARN of a \`${type.name}\` with the stack's partition, Region and account.`,
    insert,
    form: 'raw',
  };
}

const samples = new Map<string, { sample: string; service: string }>();

/** An ARN template's variables filled with samples, names with `name`; and its service field. */
function sampleOf(arnTemplate: string): { sample: string; service: string } {
  let found = samples.get(arnTemplate);
  if (!found) {
    const sample = parseSub(arnTemplate)
      .map((p) => (p.kind === 'text' ? p.text : (SAMPLES[p.name] ?? 'name')))
      .join('');
    found = { sample, service: sample.split(':')[2] ?? '' };
    samples.set(arnTemplate, found);
  }
  return found;
}

/** How a template resource's ARN relates to a resource type: it is one, resources of the type are under it, neither. */
type Fit = 'whole' | 'below' | 'none';

const fits = new WeakMap<ResourceType, Map<string, Fit>>();

/** The fit of an ARN template to a catalog resource type, remembered per pair (templates repeat their types). */
function fitOf(env: Env, arnTemplate: string, type: ResourceType): Fit {
  let known = fits.get(type);
  if (!known) fits.set(type, (known = new Map()));
  let fit = known.get(arnTemplate);
  if (fit === undefined) {
    const { sample, service } = sampleOf(arnTemplate);
    const field = arnFormatParts(type.arnFormat)?.service;
    const tokens = env.catalog.arnFormat(type).tokens;
    fit = 'none';
    if (field === service || field?.startsWith('${')) {
      if (globMatch(tokens, sample)) fit = 'whole';
      else if (globMatch(tokens, `${sample}/name`)) fit = 'below';
    }
    known.set(arnTemplate, fit);
  }
  return fit;
}

/**
 * The template's resources whose ARN is of one of the types (`!GetAtt MyBucket.Arn`), or under which resources of
 * one of the types are (`!Sub '${MyBucket.Arn}/*'` for objects); every resource with an ARN when no type is known.
 */
function templateForms(env: Env, types: ResourceType[]): void {
  const { template, spec, offers } = env;
  if (!template) return;
  const current = env.place.path[1];
  for (const resource of template.resources) {
    if (!offers.more()) return;
    if (!resource.type || resource.name === current) continue;
    const facts = spec.resourceType(resource.type);
    if (!facts?.arnTemplate) continue;
    const byAtt = Object.hasOwn(facts.attributes, 'Arn');
    const byRef = facts.ref?.length === 1 && /Arn$/.test(facts.ref[0]);
    if (!byAtt && !byRef) continue;
    const whole = () => (byAtt ? getAttForm(env, resource.name) : refForm(env, resource.name));
    if (types.length === 0) {
      offers.value({ ...whole(), detail: resource.type });
      continue;
    }
    const wholeType = types.find((t) => fitOf(env, facts.arnTemplate!, t) === 'whole');
    if (wholeType) offers.value({ ...whole(), detail: `${resource.type} · ${wholeType.name}` });
    const belowType = types.find((t) => fitOf(env, facts.arnTemplate!, t) === 'below');
    if (belowType) {
      const variable = byAtt ? `${resource.name}.Arn` : resource.name;
      offers.value({ ...subForm(env, variable), detail: `${resource.type} · ${belowType.name}` });
    }
  }
}

function getAttForm(env: Env, name: string): Offer {
  const text = env.place.yaml ? `!GetAtt ${name}.Arn` : `{"Fn::GetAtt": ["${name}", "Arn"]}`;
  return {
    label: text,
    kind: CompletionItemKind.Reference,
    documentation: `The ARN of the template's resource \`${name}\`.`,
    insert: [text],
    form: 'raw',
    filterText: `${name} ${text}`,
  };
}

function refForm(env: Env, name: string): Offer {
  const text = env.place.yaml ? `!Ref ${name}` : `{"Ref": "${name}"}`;
  return {
    label: text,
    kind: CompletionItemKind.Reference,
    documentation: `The ARN of the template's resource \`${name}\`, which Ref returns.`,
    insert: [text],
    form: 'raw',
    filterText: `${name} ${text}`,
  };
}

function subForm(env: Env, variable: string): Offer {
  const text = env.place.yaml ? `!Sub '\${${variable}}/*'` : `{"Fn::Sub": "\${${variable}}/*"}`;
  return {
    label: text,
    kind: CompletionItemKind.Reference,
    documentation: `Everything under the template's resource \`${variable.split('.')[0]}\` (its objects, its keys).`,
    insert: [text],
    form: 'raw',
    filterText: `${variable.split('.')[0]} ${text}`,
  };
}
