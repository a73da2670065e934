import { Catalog } from '../../catalog/catalog';
import { PString, Span, spanInString, valueSpan } from '../../parsing/tree';
import { Rule } from '../rule';
import { actionStrings, fixIn, hasWhitespace, matchesSomething, quoted, servicesWithAction } from './actionValue';

/** What is wrong with a value, where, and the text that would fix exactly that span. */
interface Problem {
  span: Span;
  message: string;
  replacement?: string;
}

/** An Action or NotAction value that is not `*` or `service:action`. */
export const invalidActionFormat: Rule = {
  id: 'invalid-action-format',
  name: 'Malformed action',
  summary: 'An Action or NotAction value is not `*` or `service:action`.',
  description: [
    'Every value of Action and NotAction is either `*` or a service prefix and an action name joined by one colon,',
    'such as `s3:GetObject`; the name may hold the wildcards `*` and `?`. IAM rejects a policy with an empty value,',
    'a value without a colon or with several, a value with nothing before or after its colon, or one with white',
    'space, so this is an error. Where the intended action is clear (`s3GetObject`, `s3::GetObject`,',
    '`s3: GetObject`), the finding carries the corrected text.',
  ].join(' '),
  severity: 'error',
  checkStatement(statement, { catalog, report }) {
    for (const node of actionStrings(statement)) {
      const problem = formatProblem(node, catalog);
      if (problem)
        report(
          problem.span,
          problem.message,
          problem.replacement === undefined ? undefined : { data: { replacement: problem.replacement } },
        );
    }
  },
};

function formatProblem(node: PString, catalog: Catalog): Problem | undefined {
  const value = node.value;
  if (value === '')
    return {
      span: node,
      message: 'An action cannot be empty: write service:action, such as s3:GetObject, or remove it.',
    };
  if (value === '*' || value.includes('${')) return undefined;
  if (hasWhitespace(value)) return whitespaceProblem(node, catalog);
  const colons = countColons(value);
  if (colons === 0) return missingColon(node, catalog);
  if (colons > 1) return extraColons(node, catalog);
  if (value.startsWith(':')) return missingService(node, catalog);
  if (value.endsWith(':')) {
    const service = value.slice(0, -1);
    return {
      span: valueSpan(node),
      message: `${quoted(value)} has no action name after the colon: name an action, or write ${service}:* for all of them.`,
    };
  }
  return undefined;
}

function countColons(value: string): number {
  let count = 0;
  for (const ch of value) if (ch === ':') count++;
  return count;
}

function whitespaceProblem(node: PString, catalog: Catalog): Problem {
  const value = node.value;
  const words = value.trim().split(/\s+/);
  if (words.length > 1 && words.every((w) => w === '*' || w.includes(':'))) {
    return {
      span: valueSpan(node),
      message: `${quoted(value)} holds several actions in one string: write each action as a string of its own.`,
    };
  }
  let first = -1;
  let last = -1;
  for (let i = 0; i < value.length; i++) {
    if (!/\s/.test(value[i])) continue;
    if (first < 0) first = i;
    last = i;
  }
  const compact = value.replace(/\s+/g, '');
  const message = `${quoted(value)} contains white space, which an action cannot have: remove it.`;
  if (!matchesSomething(catalog, compact)) return { span: valueSpan(node), message };
  return { message, ...fixIn(node, first, last + 1, value.slice(first, last + 1).replace(/\s+/g, '')) };
}

function missingColon(node: PString, catalog: Catalog): Problem {
  const value = node.value;
  const service = catalog.service(value);
  if (service) {
    return {
      span: valueSpan(node),
      message: `${quoted(value)} is a service prefix, not an action: write ${value}:ActionName, or ${value}:* for every action of ${service.name}.`,
    };
  }
  const fixed = insertColon(value, catalog);
  if (fixed) {
    return {
      message: `${quoted(value)} has no colon after its service prefix: did you mean ${fixed}?`,
      ...fixIn(node, 0, value.length, fixed),
    };
  }
  return {
    span: valueSpan(node),
    message: `${quoted(value)} has no service prefix: write an action as service:action, such as s3:GetObject.`,
  };
}

/** `s3GetObject` or `s3.GetObject` → `s3:GetObject`, when a service prefix starts the value and the rest is its action. */
function insertColon(value: string, catalog: Catalog): string | undefined {
  const lower = value.toLowerCase();
  const prefixes = [...catalog.services.keys()].filter((p) => p.length < value.length && lower.startsWith(p));
  prefixes.sort((a, b) => b.length - a.length);
  for (const prefix of prefixes) {
    const rest = value.slice(prefix.length);
    // A stray separator in the colon's place (`s3.GetObject`, `s3/GetObject`) is the likelier reading.
    const tries = /^[^A-Za-z0-9*?]./.test(rest) ? [rest.slice(1), rest] : [rest];
    for (const name of tries) {
      const candidate = `${value.slice(0, prefix.length)}:${name}`;
      if (matchesSomething(catalog, candidate)) return candidate;
    }
  }
  return undefined;
}

function extraColons(node: PString, catalog: Catalog): Problem {
  const value = node.value;
  if (value.toLowerCase().startsWith('arn:')) {
    return { span: valueSpan(node), message: `${quoted(value)} is an ARN, not an action: ARNs belong in Resource.` };
  }
  const first = value.indexOf(':');
  const second = value.indexOf(':', first + 1);
  const withoutSecond = value.slice(0, second) + value.slice(second + 1);
  if (matchesSomething(catalog, withoutSecond)) {
    return {
      message: `${quoted(value)} has more than one colon: did you mean ${withoutSecond}?`,
      ...fixIn(node, second, second + 1, ''),
    };
  }
  const head = value.slice(0, second);
  const tail = spanInString(node, second, value.length);
  if (matchesSomething(catalog, head)) {
    return {
      message: `${quoted(value)} has more than one colon: did you mean ${head}?`,
      ...fixIn(node, second, value.length, ''),
    };
  }
  return {
    span: tail,
    message: `${quoted(value)} has more than one colon: an action is written service:action, with a single colon.`,
  };
}

function missingService(node: PString, catalog: Catalog): Problem {
  const value = node.value;
  const owners = servicesWithAction(catalog, value.slice(1));
  if (owners.length === 1) {
    const fixed = `${owners[0]}${value}`;
    return {
      message: `${quoted(value)} has no service prefix before the colon: did you mean ${fixed}?`,
      ...fixIn(node, 0, value.length, fixed),
    };
  }
  return {
    span: valueSpan(node),
    message: `${quoted(value)} has no service prefix before the colon: write service:action, such as s3:GetObject.`,
  };
}
