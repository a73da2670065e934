import { describeType, PNode } from '../../../parsing/tree';
import { INTRINSICS, IntrinsicCall, intrinsicOf, intrinsicSpec } from '../../intrinsics';
import { PerNode } from '../../perNode';
import { LANGUAGE_EXTENSIONS, Template } from '../../template';
import { TemplateContext, TemplateRule } from '../rule';
import { didYouMean, fix, keyTarget, quoted } from '../util';

const calls = new WeakMap<Template, { call: IntrinsicCall; section: string }[]>();

/**
 * Every call of an intrinsic in the template, outside embedded policies' own objects (which hold none of theirs).
 * Found once per template: several rules read them.
 */
export function everyCall(template: Template): { call: IntrinsicCall; section: string }[] {
  let found = calls.get(template);
  if (!found) calls.set(template, (found = findCalls(template)));
  return found;
}

function findCalls(template: Template, conditionsToo = true): { call: IntrinsicCall; section: string }[] {
  const found: { call: IntrinsicCall; section: string }[] = [];
  for (const section of template.root.properties) {
    if (!section.value || section.key === 'Parameters' || section.key === 'Mappings') continue;
    if (section.key === 'Resources' && section.value.type === 'object') {
      const itself = intrinsicOf(section.value);
      if (itself) found.push({ call: itself, section: 'Resources' });
      // Each resource's calls are kept with its parse node: an edit elsewhere walks only the resource it fell in.
      for (const entry of section.value.properties) {
        if (entry.value) for (const call of RESOURCE_CALLS.get(entry.value)) found.push({ call, section: 'Resources' });
      }
      continue;
    }
    const allowCondition = conditionsToo && (section.key === 'Conditions' || section.key === 'Rules');
    for (const call of callsIn(section.value, allowCondition)) found.push({ call, section: section.key });
  }
  return found.sort((a, b) => a.call.node.offset - b.call.node.offset);
}

function callsIn(root: PNode, allowCondition: boolean): IntrinsicCall[] {
  const found: IntrinsicCall[] = [];
  const stack: PNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const call = intrinsicOf(node, allowCondition);
    if (call) found.push(call);
    if (node.type === 'object') {
      for (const p of node.properties) if (p.value) stack.push(p.value);
    } else if (node.type === 'array') for (const item of node.items) stack.push(item);
  }
  return found;
}

/** A call holds nodes only, which move with the tree: nothing of it needs moving. */
const RESOURCE_CALLS = new PerNode<IntrinsicCall[]>(
  (node) => callsIn(node, false),
  (calls) => calls,
);

/** The functions of rule assertions, valid in the Rules section only. */
const RULE_FUNCTIONS = new Set([
  'Fn::Contains',
  'Fn::EachMemberEquals',
  'Fn::EachMemberIn',
  'Fn::RefAll',
  'Fn::ValueOf',
  'Fn::ValueOfAll',
]);

export const unknownFunction: TemplateRule = {
  id: 'cfn-unknown-function',
  name: 'Unknown intrinsic function',
  summary: 'A key `Fn::…` that is no intrinsic function: `Fn::Subb`, `Fn::GetAttr`, `Fn::Concat`.',
  description: [
    'A one-key map whose key starts with `Fn::` is read as a function call; CloudFormation rejects a function it',
    'does not have ("Template format error: Unrecognized function"). The message names the nearest function.',
  ].join(' '),
  severity: 'error',
  cfnLint: ['E1001'],
  check({ template, text, report }) {
    const names = INTRINSICS.map((i) => i.name);
    for (const { call, section } of everyCall(template)) {
      if (intrinsicSpec(call.name) || call.name === 'Fn::GetStackOutput') continue;
      if (section === 'Rules' && RULE_FUNCTIONS.has(call.name)) continue;
      const hint = didYouMean(call.name, names);
      // A YAML tag (`!Subb`) is not a key: its fix would be another tag, so none is offered.
      const target = call.node.tag ? { span: call.property.keySpan } : keyTarget(text, call.property, hint.replacement);
      report(target.span, `Unknown intrinsic function ${quoted(call.name)}.${hint.text}`, fix(target.replacement));
    }
  },
};

export const functionNeedsTransform: TemplateRule = {
  id: 'cfn-function-needs-transform',
  name: 'Function of the language extensions without the transform',
  summary:
    '`Fn::ToJsonString`, `Fn::Length` or `Fn::ForEach` in a template without `Transform: AWS::LanguageExtensions`.',
  description:
    'These functions exist only through the `AWS::LanguageExtensions` transform; without it the template is rejected.',
  severity: 'error',
  cfnLint: ['E1030', 'E1031', 'E1032'],
  check({ template, report }) {
    if (template.transforms.includes(LANGUAGE_EXTENSIONS)) return;
    for (const { call } of everyCall(template)) {
      const spec = intrinsicSpec(call.name);
      if (spec?.transform)
        report(
          call.property.keySpan,
          `${call.name} needs the transform ${spec.transform}: add "Transform: ${spec.transform}".`,
        );
    }
    for (const section of template.root.properties) {
      if (section.value?.type !== 'object') continue;
      for (const p of section.value.properties) {
        if (p.key.startsWith('Fn::ForEach::'))
          report(
            p.keySpan,
            `Fn::ForEach needs the transform ${LANGUAGE_EXTENSIONS}: add "Transform: ${LANGUAGE_EXTENSIONS}".`,
          );
      }
    }
  },
};

type Report = TemplateContext['report'];

/** True for a value that may stand where a list is expected: a list, or a function that returns one. */
function listLike(node: PNode | undefined): boolean {
  return !!node && (node.type === 'array' || !!intrinsicOf(node));
}

function stringLike(node: PNode | undefined): boolean {
  return !!node && (node.type === 'string' || !!intrinsicOf(node));
}

function scalarLike(node: PNode | undefined): boolean {
  return !!node && (node.type === 'string' || node.type === 'number' || node.type === 'boolean' || !!intrinsicOf(node));
}

export const functionArguments: TemplateRule = {
  id: 'cfn-function-arguments',
  name: 'Function arguments of the wrong shape',
  summary:
    'An intrinsic function given arguments it does not take: `Fn::Join` without a list, `Fn::If` with two items, `Fn::Select` on a string.',
  description: [
    'Each intrinsic function takes a fixed shape of arguments (Intrinsic function reference of the CloudFormation',
    'User Guide): `Fn::Join: [delimiter, [values]]`, `Fn::Select: [index, list]`, `Fn::If: [condition, if-true,',
    'if-false]`, `Fn::Sub: string` or `[string, {variables}]`, `Fn::GetAtt: LogicalId.Attribute` or `[LogicalId,',
    'Attribute]`, `Fn::FindInMap: [map, key, key]`, `Fn::GetAZs: region or ""`, and so on. CloudFormation rejects',
    'any other shape when the template is validated. Where an argument may be built by another function (a list',
    'from `Fn::Split` or a `Ref` to a list parameter), any function is accepted there.',
  ].join(' '),
  severity: 'error',
  cfnLint: ['E1010', 'E1011', 'E1015', 'E1016', 'E1017', 'E1018', 'E1019', 'E1020', 'E1021', 'E1022', 'E1024', 'E1028'],
  check({ template, report }) {
    for (const { call } of everyCall(template)) {
      for (const problem of CALL_PROBLEMS.get(call.node, template.transformsKey, { call, template }))
        report(...problem);
    }
  },
};

/**
 * What a call's arguments get depends on the call and the transforms alone: it is kept with the call's node, which an
 * edit elsewhere leaves in place. The spans reported are its nodes, which move with the tree.
 */
const CALL_PROBLEMS = new PerNode<Parameters<Report>[], { call: IntrinsicCall; template: Template }>(
  (_node, _key, { call, template }) => {
    const found: Parameters<Report>[] = [];
    checkShape(call, template, (...problem) => found.push(problem));
    return found;
  },
  (problems) => problems,
);

function checkShape(call: IntrinsicCall, template: Template, report: Report): void {
  const arg = call.argument;
  const spec = intrinsicSpec(call.name);
  if (!spec) return;
  const at = arg ?? call.property.keySpan;
  const wrong = (detail?: string) =>
    report(
      at,
      `${call.name} takes ${spec.shape}${detail ? `; ${detail}` : `, not ${arg ? describeType(arg) : 'nothing'}`}.`,
    );
  const items = arg?.type === 'array' ? arg.items : undefined;
  const count = (n: number) => items && items.length !== n && wrong(`this list has ${items.length} items`);
  switch (call.name) {
    case 'Ref':
    case 'Condition':
      if (arg?.type !== 'string') wrong();
      return;
    case 'Fn::Base64':
    case 'Fn::ImportValue':
      if (!scalarLike(arg)) wrong();
      return;
    case 'Fn::GetAZs':
      if (!stringLike(arg))
        wrong(arg?.type === 'null' ? 'write "" (an empty string) for the region of the stack, not null' : undefined);
      return;
    case 'Fn::Sub':
      if (arg?.type === 'string') return;
      if (!items) return wrong();
      if (items.length !== 2) return wrong(`this list has ${items.length} items`);
      if (items[0].type !== 'string')
        report(items[0], `The first item of Fn::Sub must be the string to substitute, not ${describeType(items[0])}.`);
      if (items[1].type !== 'object' || intrinsicOf(items[1]))
        report(items[1], `The second item of Fn::Sub must be a map of variables, not ${describeType(items[1])}.`);
      return;
    case 'Fn::GetAtt': {
      if (arg?.type === 'string') {
        if (arg.value.indexOf('.') <= 0) wrong(`"${arg.value}" has no ".Attribute"`);
        return;
      }
      if (!items) return wrong();
      if (items.length !== 2) return wrong(`this list has ${items.length} items`);
      // The language extensions let Fn::Sub build the logical id (in Fn::ForEach loops).
      const built = template.transforms.includes(LANGUAGE_EXTENSIONS) && intrinsicOf(items[0])?.name === 'Fn::Sub';
      if (items[0].type !== 'string' && !built) {
        report(items[0], `The first item of Fn::GetAtt must be a logical id, not ${describeType(items[0])}.`);
      }
      if (!stringLike(items[1]))
        report(items[1], `The second item of Fn::GetAtt must be an attribute name, not ${describeType(items[1])}.`);
      return;
    }
    case 'Fn::Join':
      if (!items) return wrong();
      if (items.length !== 2) return wrong(`this list has ${items.length} items`);
      if (items[0].type !== 'string')
        report(items[0], `The delimiter of Fn::Join must be a string, not ${describeType(items[0])}.`);
      if (!listLike(items[1]))
        report(items[1], `The values of Fn::Join must be a list, not ${describeType(items[1])}.`);
      return;
    case 'Fn::Select':
      if (!items) return wrong();
      if (items.length !== 2) return wrong(`this list has ${items.length} items`);
      if (!(
        items[0].type === 'number' ||
        (items[0].type === 'string' && /^\d+$/.test(items[0].value)) ||
        intrinsicOf(items[0])
      )) {
        report(items[0], `The index of Fn::Select must be a number from 0, not ${describeType(items[0])}.`);
      }
      if (!listLike(items[1])) report(items[1], `Fn::Select selects from a list, not from ${describeType(items[1])}.`);
      else if (items[1].type === 'array' && items[0].type === 'number' && items[0].value >= items[1].items.length) {
        report(
          items[0],
          `Index ${items[0].value} is past the end of the list, which has ${items[1].items.length} items.`,
        );
      }
      return;
    case 'Fn::Split':
      if (!items) return wrong();
      if (items.length !== 2) return wrong(`this list has ${items.length} items`);
      if (items[0].type !== 'string')
        report(items[0], `The delimiter of Fn::Split must be a string, not ${describeType(items[0])}.`);
      if (!stringLike(items[1])) report(items[1], `Fn::Split splits a string, not ${describeType(items[1])}.`);
      return;
    case 'Fn::If':
      if (!items) return wrong();
      if (items.length !== 3) return wrong(`this list has ${items.length} items`);
      if (items[0].type !== 'string')
        report(items[0], `The first item of Fn::If must be the name of a condition, not ${describeType(items[0])}.`);
      return;
    case 'Fn::Equals':
      if (!items) return wrong();
      count(2);
      return;
    case 'Fn::And':
    case 'Fn::Or':
      if (!items) return wrong();
      if (items.length < 2 || items.length > 10) wrong(`this list has ${items.length} items`);
      return;
    case 'Fn::Not':
      if (!items) return wrong();
      count(1);
      return;
    case 'Fn::FindInMap': {
      if (!items) return wrong();
      // The language extensions add a fourth item, {DefaultValue: …}.
      const max = template.transforms.includes(LANGUAGE_EXTENSIONS) ? 4 : 3;
      if (items.length < 3 || items.length > max) return wrong(`this list has ${items.length} items`);
      for (const item of items.slice(0, 3)) {
        if (!scalarLike(item)) report(item, `The names of Fn::FindInMap must be strings, not ${describeType(item)}.`);
      }
      return;
    }
    case 'Fn::Cidr':
      if (!items) return wrong();
      count(3);
      return;
    case 'Fn::Length':
      if (!listLike(arg)) wrong();
      return;
    case 'Fn::ToJsonString':
      if (!arg || (arg.type !== 'object' && arg.type !== 'array')) wrong();
      return;
    case 'Fn::Transform':
      if (arg?.type !== 'object' || !arg.properties.some((p) => p.key === 'Name')) wrong();
      return;
  }
}
