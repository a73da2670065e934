import { createScanner, SyntaxKind } from 'jsonc-parser';
import { lineAt, lineStarts } from '../parsing/lines';
import { Comment } from '../parsing/tree';
import { Finding } from '../rules/rule';

/** The directive that silences rules on the line after the comment. */
export const DISABLE_NEXT_LINE = 'policy-lens-disable-next-line';
/** The directive that silences rules in the whole file. */
export const DISABLE_FILE = 'policy-lens-disable';

/** Rules silenced in one scope: `all`, or the listed rule ids. */
export type Silenced = 'all' | Set<string>;

/** What the suppression comments of a document silence. */
export interface Suppressions {
  file?: Silenced;
  /** By zero-based line number of the line that is silenced. */
  lines: Map<number, Silenced>;
}

/** The `//` and `/* … *\/` comments of a JSONC text; the scanner knows strings, so `"//"` in a value is no comment. */
export function jsoncComments(text: string): Comment[] {
  const scanner = createScanner(text, false);
  const comments: Comment[] = [];
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    // The token's own text: getTokenValue() is not reliable for comment trivia.
    const value = text.slice(scanner.getTokenOffset(), scanner.getTokenOffset() + scanner.getTokenLength());
    if (kind === SyntaxKind.LineCommentTrivia)
      comments.push({ offset: scanner.getTokenOffset(), body: value.slice(2) });
    else if (kind === SyntaxKind.BlockCommentTrivia) {
      comments.push({ offset: scanner.getTokenOffset(), body: value.slice(2, value.endsWith('*/') ? -2 : undefined) });
    }
  }
  return comments;
}

/**
 * Reads the suppression directives of a document's comments. The comments come from the format's own scanner
 * (JSONC here, `#` comments of YAML later), so this part knows nothing of comment syntax.
 */
export function readSuppressions(text: string, comments: readonly Comment[]): Suppressions {
  const found: Suppressions = { lines: new Map() };
  for (const comment of comments) {
    const directive = parseDirective(comment.body);
    if (!directive) continue;
    if (directive.name === DISABLE_FILE) found.file = merge(found.file, directive.rules);
    else {
      const line = lineOf(text, comment.offset) + 1;
      found.lines.set(line, merge(found.lines.get(line), directive.rules));
    }
  }
  return found;
}

/** A directive in a comment's text: its name and the rule ids after it (`all` when none). */
export function parseDirective(body: string): { name: string; rules: Silenced } | undefined {
  // A description may follow ` -- `, as in ESLint: `policy-lens-disable-next-line rule-id -- why`.
  const words = body.split(' -- ')[0].trim();
  const match = /^(policy-lens-disable(?:-next-line)?)(?:\s+(.*))?$/s.exec(words);
  if (!match) return undefined;
  const ids = (match[2] ?? '')
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter((id) => id !== '');
  return { name: match[1], rules: ids.length === 0 ? 'all' : new Set(ids) };
}

/** The findings that no suppression comment silences. */
export function applySuppressions(findings: Finding[], text: string, suppressions: Suppressions): Finding[] {
  if (!suppressions.file && suppressions.lines.size === 0) return findings;
  const starts = lineStarts(text);
  return findings.filter((f) => {
    if (silences(suppressions.file, f.ruleId)) return false;
    return !silences(suppressions.lines.get(lineAt(starts, f.offset)), f.ruleId);
  });
}

function silences(silenced: Silenced | undefined, ruleId: string): boolean {
  return silenced === 'all' || (silenced !== undefined && silenced.has(ruleId));
}

function merge(current: Silenced | undefined, added: Silenced): Silenced {
  if (current === 'all' || added === 'all') return 'all';
  return current ? new Set([...current, ...added]) : added;
}

function lineOf(text: string, offset: number): number {
  return lineAt(lineStarts(text), offset);
}
