/** A policy variable found in a string: `${aws:username}` or `${aws:PrincipalTag/team, 'none'}`. */
export interface PolicyVariable {
  /** Offsets inside the string, `${` to `}` inclusive (to the end of the string when the brace is missing). */
  start: number;
  end: number;
  /** The key between the braces, without a default value. */
  name: string;
  /** The default value after a comma, unquoted, when one is given. */
  defaultValue?: string;
  /** What is wrong with how it is written, if anything. */
  problem?: string;
}

/** The special characters written as variables: `${*}`, `${?}` and `${$}`. */
const ESCAPES = new Set(['*', '?', '$']);

/** Finds every `${…}` in a string, with a problem for each one IAM cannot read. Escapes are not variables. */
export function findVariables(text: string): PolicyVariable[] {
  const found: PolicyVariable[] = [];
  let i = text.indexOf('${');
  while (i >= 0) {
    const close = text.indexOf('}', i + 2);
    const nextOpen = text.indexOf('${', i + 2);
    if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
      const end = nextOpen >= 0 ? nextOpen : text.length;
      found.push({
        start: i,
        end,
        name: text.slice(i + 2, end),
        problem: 'The policy variable has no closing brace: add } after its name.',
      });
      i = nextOpen;
      continue;
    }
    const inner = text.slice(i + 2, close);
    if (!ESCAPES.has(inner)) found.push(describe(inner, i, close + 1));
    i = text.indexOf('${', close + 1);
  }
  return found;
}

function describe(inner: string, start: number, end: number): PolicyVariable {
  const comma = inner.indexOf(',');
  const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
  const variable: PolicyVariable = { start, end, name };
  if (inner.trim() === '')
    return { ...variable, problem: 'The policy variable is empty: write a key such as ${aws:username}.' };
  if (comma >= 0) {
    const raw = inner.slice(comma + 1).trim();
    if (raw.length < 2 || !raw.startsWith("'") || !raw.endsWith("'")) {
      return {
        ...variable,
        problem: "The default value of a policy variable must be in single quotes: ${key, 'default'}.",
      };
    }
    variable.defaultValue = raw.slice(1, -1);
  }
  if (/\s/.test(name)) return { ...variable, problem: 'A policy variable cannot contain spaces.' };
  return variable;
}
