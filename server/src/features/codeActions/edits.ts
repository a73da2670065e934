import { Analysis } from '../../engine/analyze';
import { PolicyDocument } from '../../model/policy';
import { Finding } from '../../rules/rule';

/** A text change by offsets: `length` characters at `offset` give way to `text`. */
export interface Edit {
  offset: number;
  length: number;
  text: string;
}

/** The LSP code action kinds this server offers. */
export type FixKind = 'quickfix' | 'refactor.rewrite';

/** A code action before it becomes an LSP one: its edits are offsets into the text it was computed on. */
export interface Fix {
  title: string;
  kind: FixKind;
  edits: Edit[];
  isPreferred?: boolean;
  /** The finding the fix answers, so the action can name the client's diagnostic. */
  finding?: Finding;
}

/** What a quick fix sees: the current text, its fresh analysis, and the finding to fix. */
export interface FixInput {
  text: string;
  analysis: Analysis;
  finding: Finding;
  /** The policy that holds the finding: the document's own, or the template's policy around it. */
  policy?: PolicyDocument;
  /** The document is YAML: edits must be written in YAML. */
  yaml?: boolean;
  /** For a template's policy: turns a resolved value back into what the template writes (a `Fn::Sub`). */
  written?: (value: string) => unknown;
}

/** Applies edits to a text (they must not overlap), for tests and for checking a fix. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => b.offset - a.offset);
  let result = text;
  for (const edit of sorted)
    result = result.slice(0, edit.offset) + edit.text + result.slice(edit.offset + edit.length);
  return result;
}
