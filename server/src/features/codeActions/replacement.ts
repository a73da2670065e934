import { closest } from '../../catalog/suggest';
import { Edit, Fix, FixInput } from './edits';
import { PNode } from '../../parsing/tree';
import { pathTo } from '../cursor';

/** Rules whose replacement is the one right answer (a version, the case of an action, the ARN prefix). */
const CERTAIN = new Set(['invalid-version', 'old-version', 'legacy-version', 'action-case', 'invalid-arn']);

/** The fix that puts `data.replacement` in place of exactly the finding's span. */
export function replacementFix({ text, analysis, finding }: FixInput): Fix[] {
  const replacement = finding.data?.replacement;
  if (typeof replacement !== 'string') return [];
  const edit: Edit = { offset: finding.offset, length: finding.length, text: replacement };
  const old = text.slice(finding.offset, finding.offset + finding.length);
  const certain = CERTAIN.has(finding.ruleId) || oneSlip(old, replacement);
  return [
    { title: titleOf(text, edit, analysis.parse.root), kind: 'quickfix', edits: [edit], isPreferred: certain, finding },
  ];
}

/** A did-you-mean of one letter (added, dropped, changed or swapped) is the one the author meant. */
function oneSlip(old: string, replacement: string): boolean {
  // Long values are not typos of a word; comparing them would only cost time.
  return old.length <= 200 && closest(old, [replacement], 1) !== undefined;
}

/** "Change to s3:GetObject" when the edit is inside one string value, else "Replace with <text>". */
function titleOf(text: string, edit: Edit, root: PNode | undefined): string {
  const path = pathTo(root, edit.offset);
  const last = path[path.length - 1]?.node;
  const node = last?.type === 'string' ? last : undefined;
  const inside = node && node.valueOffset !== undefined && edit.offset >= node.valueOffset;
  if (!node || !inside || edit.offset + edit.length > node.valueOffset! + node.value.length) {
    return `Replace with ${shorten(edit.text)}`;
  }
  const start = edit.offset - node.valueOffset!;
  const value = node.value.slice(0, start) + edit.text + node.value.slice(start + edit.length);
  return value === text.slice(edit.offset, edit.offset + edit.length)
    ? `Replace with ${shorten(edit.text)}`
    : `Change to ${shorten(value)}`;
}

function shorten(value: string): string {
  return value.length > 80 ? `${value.slice(0, 77)}…` : value;
}
