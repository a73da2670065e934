import assert from 'node:assert/strict';
import { analyze, AnalysisInput } from '../../server/src/engine/analyze';
import { Span } from '../../server/src/parsing/tree';
import { Finding } from '../../server/src/rules/rule';

/** Text with ranges marked «like this», and the ranges in the text without the marks. */
export interface Marked {
  text: string;
  spans: Span[];
}

/** Removes «» marks and returns the ranges they enclosed, in order. */
export function parseMarked(marked: string): Marked {
  let text = '';
  const spans: Span[] = [];
  const open: number[] = [];
  for (const ch of marked) {
    if (ch === '«') open.push(text.length);
    else if (ch === '»') {
      const start = open.pop();
      if (start === undefined) throw new Error('» without «');
      spans.push({ offset: start, length: text.length - start });
    } else text += ch;
  }
  if (open.length) throw new Error('« without »');
  spans.sort((a, b) => a.offset - b.offset);
  return { text, spans };
}

/** Lints a text (no marks) and returns its findings. */
export function lint(text: string, options: Omit<AnalysisInput, 'text'> = {}): Finding[] {
  return analyze({ text, ...options }).findings;
}

/** A finding as tests compare it: the text it covers and its message. */
export interface Seen {
  text: string;
  message: string;
}

/**
 * Lints a marked text and asserts that the rule's findings are exactly at the marked ranges, in order, with the
 * given messages (a string is matched exactly, a RegExp by search).
 */
export function expectFindings(
  marked: string,
  ruleId: string,
  messages: (string | RegExp)[],
  options: Omit<AnalysisInput, 'text'> = {},
): Finding[] {
  const { text, spans } = parseMarked(marked);
  const findings = lint(text, options).filter((f) => f.ruleId === ruleId);
  const seen = findings.map((f) => `${f.offset}+${f.length} ${JSON.stringify(text.substr(f.offset, f.length))}`);
  const wanted = spans.map((s) => `${s.offset}+${s.length} ${JSON.stringify(text.substr(s.offset, s.length))}`);
  assert.deepEqual(seen, wanted, `ranges of ${ruleId} findings`);
  assert.equal(messages.length, findings.length, `message count of ${ruleId} findings`);
  findings.forEach((f, i) => {
    const m = messages[i];
    if (typeof m === 'string') assert.equal(f.message, m);
    else assert.match(f.message, m);
  });
  return findings;
}

/** Asserts a text gets no finding of the rule. */
export function expectNone(text: string, ruleId: string, options: Omit<AnalysisInput, 'text'> = {}): void {
  const findings = lint(text, options).filter((f) => f.ruleId === ruleId);
  assert.deepEqual(
    findings.map((f) => `${JSON.stringify(text.substr(f.offset, f.length))}: ${f.message}`),
    [],
    `no ${ruleId} findings expected`,
  );
}

/** Wraps statements into a policy document with the current Version. */
export function policy(...statements: string[]): string {
  return `{\n  "Version": "2012-10-17",\n  "Statement": [\n${statements.join(',\n')}\n  ]\n}\n`;
}
