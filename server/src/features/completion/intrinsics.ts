import { CompletionItemKind } from 'vscode-languageserver';
import { INTRINSICS, IntrinsicSpec, PSEUDO_PARAMETERS } from '../../cfn/intrinsics';
import { LANGUAGE_EXTENSIONS } from '../../cfn/template';
import { KNOWN_REGIONS } from '../../rules/resources/regions';
import { Env, matches, startingFirst } from './env';
import { Offer } from './offers';
import { Place, Segment, nodeAt } from './place';
import { conditionNameValues, unquote } from './templateKeys';
import { Part } from './text';

const S = (stop: number, text = ''): Part => ({ stop, text });
const END: Part = { final: true };

/** What each function's short form inserts after its tag, and its long form after the key's colon. */
const FORMS: Record<string, { yaml: Part[]; json: Part[]; retrigger?: boolean }> = {
  Ref: { yaml: [' '], json: ['"', END, '"'], retrigger: true },
  'Fn::Sub': { yaml: [" '", END, "'"], json: ['"', END, '"'] },
  'Fn::GetAtt': { yaml: [' '], json: ['["', S(1), '", "', S(2), '"]'], retrigger: true },
  'Fn::Join': { yaml: [" ['", S(1), "', [", END, ']]'], json: ['["', S(1), '", [', END, ']]'] },
  'Fn::Select': { yaml: [' [', S(1, '0'), ', ', END, ']'], json: ['["', S(1, '0'), '", ', END, ']'] },
  'Fn::Split': { yaml: [" ['", S(1), "', ", END, ']'], json: ['["', S(1), '", ', END, ']'] },
  'Fn::If': {
    yaml: [' [', S(1), ', ', S(2), ', ', END, ']'],
    json: ['["', S(1), '", ', S(2), ', ', END, ']'],
    retrigger: true,
  },
  'Fn::Equals': { yaml: [' [', S(1), ', ', END, ']'], json: ['[', S(1), ', ', END, ']'] },
  'Fn::And': { yaml: [' [', S(1), ', ', END, ']'], json: ['[', S(1), ', ', END, ']'] },
  'Fn::Or': { yaml: [' [', S(1), ', ', END, ']'], json: ['[', S(1), ', ', END, ']'] },
  'Fn::Not': { yaml: [' [', END, ']'], json: ['[', END, ']'] },
  'Fn::FindInMap': {
    yaml: [' [', S(1), ', ', S(2), ', ', END, ']'],
    json: ['["', S(1), '", "', S(2), '", "', END, '"]'],
    retrigger: true,
  },
  'Fn::ImportValue': { yaml: [' '], json: ['"', END, '"'] },
  'Fn::Base64': { yaml: [' '], json: ['"', END, '"'] },
  'Fn::Cidr': {
    yaml: [' [', S(1), ', ', S(2, '6'), ', ', S(3, '5'), ']'],
    json: ['[', S(1), ', "', S(2, '6'), '", "', S(3, '5'), '"]'],
  },
  'Fn::GetAZs': { yaml: [" ''"], json: ['""'] },
  Condition: { yaml: [' '], json: ['"', END, '"'], retrigger: true },
  'Fn::Transform': {
    yaml: [' {Name: ', S(1), ', Parameters: {', END, '}}'],
    json: ['{"Name": "', S(1), '", "Parameters": {', END, '}}'],
  },
  'Fn::ToJsonString': { yaml: [' ', END], json: ['{', END, '}'] },
  'Fn::Length': { yaml: [' ', END], json: ['[', END, ']'] },
};

/** The functions that may stand where a value goes: condition functions in Conditions, the others elsewhere. */
function functionsFor(env: Env, conditions: boolean): IntrinsicSpec[] {
  const transforms = env.template?.transforms ?? [];
  return INTRINSICS.filter((f) => {
    if (!FORMS[f.name]) return false;
    if (f.transform && !transforms.includes(f.transform) && f.transform === LANGUAGE_EXTENSIONS) return false;
    if (conditions)
      return f.condition === true || f.name === 'Fn::If' || f.name === 'Ref' || f.name === 'Fn::FindInMap';
    return !f.condition || f.name === 'Fn::If';
  });
}

/**
 * Intrinsic functions as values: short-form tags in YAML (`!Sub`), the long form as a whole object in JSON where
 * the value is not a string yet. Only where a tag is being typed or nothing is, so as not to crowd other values.
 */
export function functionValues(env: Env, conditions = false): void {
  const { place } = env;
  const typed = place.token.prefix;
  if (place.yaml) {
    if (typed !== '' && !typed.startsWith('!')) return;
    for (const f of functionsFor(env, conditions)) {
      if (!matches(env, f.tag)) continue;
      const form = FORMS[f.name];
      env.offers.value({
        label: f.tag,
        kind: CompletionItemKind.Function,
        detail: f.name,
        documentation: `\`${f.name}\`: ${f.shape}.`,
        insert: [f.tag, ...form.yaml],
        form: 'raw',
        retrigger: form.retrigger,
      });
    }
    return;
  }
  if (place.token.quote || typed !== '') return;
  for (const f of functionsFor(env, conditions)) {
    const form = FORMS[f.name];
    env.offers.value({
      label: f.name,
      kind: CompletionItemKind.Function,
      detail: `{"${f.name}": …}`,
      documentation: `\`${f.name}\`: ${f.shape}.`,
      insert: ['{"', f.name, '": ', ...form.json, '}'],
      form: 'raw',
      retrigger: form.retrigger,
    });
  }
}

/** The long forms as keys of an object that stands for a value (`{"Ref": …}`, `Fn::Sub:`). */
export function functionKeys(env: Env, conditions = false): void {
  if (env.place.present.size > 0) return;
  for (const f of functionsFor(env, conditions)) {
    const form = FORMS[f.name];
    env.offers.key({
      label: f.name,
      kind: CompletionItemKind.Function,
      detail: f.tag,
      documentation: `\`${f.name}\`: ${f.shape}.`,
      after: { json: form.json, yaml: [':', ...form.yaml] },
      retrigger: form.retrigger,
    });
  }
}

/** The index of the last intrinsic function name in a path, if any. */
export function intrinsicIndex(path: readonly Segment[]): number {
  for (let i = path.length - 1; i >= 0; i--) {
    const s = path[i];
    if (typeof s === 'string' && (s === 'Ref' || s.startsWith('Fn::'))) return i;
  }
  return -1;
}

/**
 * Completes the argument of an intrinsic function the cursor is in: Ref targets, GetAtt resources and attributes,
 * `${…}` in Sub, condition names in If, map names and keys in FindInMap. True when the cursor is in a function's
 * argument that has nothing else to offer (its values are not the property's).
 */
export function intrinsicArguments(env: Env): boolean {
  const { place } = env;
  const path = place.path;
  const at = intrinsicIndex(path);
  if (at < 0 || place.kind === 'key') return false;
  const name = path[at] as string;
  const rest = path.slice(at + 1);
  const index = typeof rest[0] === 'number' ? rest[0] : undefined;
  if (rest.length > 1 || (rest.length === 1 && index === undefined)) return name !== 'Fn::If';
  switch (name) {
    case 'Ref':
      if (rest.length === 0) refTargets(env);
      return true;
    case 'Fn::GetAtt':
      if (rest.length === 0) getAttString(env);
      else if (index === 0) getAttResources(env, false);
      else if (index === 1) getAttAttributes(env, unquote(place.previousItems[0] ?? ''), '');
      return true;
    case 'Fn::Sub':
      if (rest.length === 0 || index === 0) subVariables(env, path.slice(0, at + 1));
      return true;
    case 'Fn::If':
      if (index === 0) {
        conditionNameValues(env);
        return true;
      }
      // The branches are values of what holds the If.
      return false;
    case 'Fn::FindInMap':
      findInMap(env, index ?? -1);
      return true;
    case 'Fn::GetAZs':
      if (rest.length === 0)
        for (const region of KNOWN_REGIONS)
          env.offers.value({ label: region, kind: CompletionItemKind.EnumMember, detail: 'Region' });
      return true;
    default:
      functionValues(env, path[0] === 'Conditions');
      return true;
  }
}

/** Parameters, resources (but the one the cursor is in) and pseudo parameters. */
export function refTargets(env: Env, place: Place = env.place): void {
  const { template, offers, spec } = env;
  if (!template) return;
  const current = place.path[0] === 'Resources' ? place.path[1] : undefined;
  for (const parameter of startingFirst(env, template.parameters, (p) => p.name)) {
    if (!offers.more()) return;
    offers.value(
      { label: parameter.name, kind: CompletionItemKind.Variable, detail: `Parameter · ${parameter.type ?? 'String'}` },
      place,
    );
  }
  for (const resource of startingFirst(env, template.resources, (r) => r.name)) {
    if (!offers.more()) return;
    if (resource.name === current) continue;
    const facts = resource.type ? spec.resourceType(resource.type) : undefined;
    const returns = facts?.ref?.length ? `Ref returns its ${facts.ref.join(', ')}.` : undefined;
    offers.value(
      { label: resource.name, kind: CompletionItemKind.Reference, detail: resource.type, documentation: returns },
      place,
    );
  }
  for (const pseudo of startingFirst(env, PSEUDO_PARAMETERS, (p) => p.name)) {
    offers.value(
      {
        label: pseudo.name,
        kind: CompletionItemKind.Constant,
        detail: 'Pseudo parameter',
        documentation: pseudo.description,
      },
      place,
    );
  }
}

/** `!GetAtt Name.Attribute`: resources before the dot, the resource's attributes after it. */
function getAttString(env: Env): void {
  const typed = env.place.token.prefix;
  const dot = typed.indexOf('.');
  if (dot < 0) getAttResources(env, true);
  else getAttAttributes(env, typed.slice(0, dot), typed.slice(0, dot + 1));
}

function getAttResources(env: Env, withDot: boolean): void {
  const { template, spec, offers } = env;
  const current = env.place.path[0] === 'Resources' ? env.place.path[1] : undefined;
  for (const resource of startingFirst(env, template?.resources ?? [], (r) => r.name)) {
    if (!offers.more()) return;
    if (resource.name === current || !resource.type) continue;
    const attributes = Object.keys(spec.resourceType(resource.type)?.attributes ?? {});
    if (attributes.length === 0) continue;
    const offer: Offer = {
      label: resource.name,
      kind: CompletionItemKind.Reference,
      detail: resource.type,
      documentation: `Attributes: ${attributes.map((a) => `\`${a}\``).join(', ')}.`,
    };
    offers.value(withDot ? { ...offer, insert: [resource.name + '.'], form: 'partial', retrigger: true } : offer);
  }
}

function getAttAttributes(env: Env, name: string, written: string): void {
  const resource = env.template?.resource(name);
  const facts = resource?.type ? env.spec.resourceType(resource.type) : undefined;
  if (!facts) return;
  const attributes = Object.entries(facts.attributes);
  attributes.sort((a, b) => (a[0] === 'Arn' ? -1 : b[0] === 'Arn' ? 1 : 0));
  for (const [attribute, type] of attributes) {
    env.offers.value({
      label: attribute,
      kind: CompletionItemKind.Property,
      detail: `${resource!.type} · ${typeof type === 'string' ? type : 'list' in type ? 'list' : 'value'}`,
      insert: [written + attribute],
      filterText: written + attribute,
    });
  }
}

/**
 * `${…}` in a Sub string: the variables of its map (the list form), parameters, resources, pseudo parameters; after
 * `Name.`, the resource's attributes. The `${…}` is what is replaced, its closing brace added when missing.
 */
function subVariables(env: Env, subPath: Segment[]): void {
  const place = env.place;
  const text = place.context.text;
  const typed = place.token.prefix;
  const open = typed.lastIndexOf('${');
  if (open < 0 || typed.indexOf('}', open) >= 0) return;
  const inner = typed.slice(open + 2);
  if (inner.startsWith('!')) return;
  const start = place.token.start + open + 2;
  const offset = place.context.offset;
  const rest = text.slice(offset, place.token.end);
  const close = rest.indexOf('}');
  let end = offset;
  if (close >= 0) end = offset + close;
  else while (end < place.token.end && /[\w:.]/.test(text[end])) end++;
  const variablePlace: Place = {
    ...place,
    token: { start, end, prefix: inner, quote: '', closed: true },
  };
  const closing = close >= 0 ? [] : ['}'];
  const sub: Env = { ...env, place: variablePlace, typed: inner.toLowerCase() };
  const dot = inner.indexOf('.');
  const offer = (o: Offer) =>
    env.offers.value({ ...o, insert: [...(o.insert ?? [o.label]), ...closing], form: 'literal' }, variablePlace);
  if (dot >= 0) {
    const name = inner.slice(0, dot);
    const resource = env.template?.resource(name);
    const facts = resource?.type ? env.spec.resourceType(resource.type) : undefined;
    for (const attribute of Object.keys(facts?.attributes ?? {})) {
      offer({ label: `${name}.${attribute}`, kind: CompletionItemKind.Property, detail: resource!.type });
    }
    return;
  }
  const sourceMap = nodeAt(env.root, [...subPath, 1]);
  if (sourceMap?.type === 'object') {
    for (const property of sourceMap.properties) {
      if (matches(sub, property.key))
        offer({ label: property.key, kind: CompletionItemKind.Variable, detail: 'Sub variable' });
    }
  }
  const template = env.template;
  if (!template) return;
  for (const parameter of startingFirst(sub, template.parameters, (p) => p.name)) {
    if (!env.offers.more()) return;
    offer({
      label: parameter.name,
      kind: CompletionItemKind.Variable,
      detail: `Parameter · ${parameter.type ?? 'String'}`,
    });
  }
  for (const resource of startingFirst(sub, template.resources, (r) => r.name)) {
    if (!env.offers.more()) return;
    const facts = resource.type ? env.spec.resourceType(resource.type) : undefined;
    const refDoc = facts?.ref?.length ? `\`\${${resource.name}}\` is its ${facts.ref.join(', ')}. ` : '';
    offer({
      label: resource.name,
      kind: CompletionItemKind.Reference,
      detail: resource.type,
      documentation: `${refDoc}\`\${${resource.name}.Attribute}\` is one of its attributes.`,
    });
    if (facts && Object.hasOwn(facts.attributes, 'Arn')) {
      offer({ label: `${resource.name}.Arn`, kind: CompletionItemKind.Property, detail: `${resource.type} · Arn` });
    }
  }
  for (const pseudo of startingFirst(sub, PSEUDO_PARAMETERS, (p) => p.name)) {
    if (pseudo.name === 'AWS::NoValue') continue;
    offer({
      label: pseudo.name,
      kind: CompletionItemKind.Constant,
      detail: 'Pseudo parameter',
      documentation: pseudo.description,
    });
  }
}

/** `Fn::FindInMap [Map, TopKey, SecondKey]`: the mappings, then their keys. */
function findInMap(env: Env, index: number): void {
  const { template, offers, place } = env;
  if (!template) return;
  const previous = place.previousItems.map(unquote);
  if (index === 0) {
    for (const mapping of startingFirst(env, template.mappings, (m) => m.name)) {
      offers.value({ label: mapping.name, kind: CompletionItemKind.Module, detail: 'Mapping' });
    }
    return;
  }
  const mapping = template.mapping(previous[0] ?? '');
  if (!mapping?.node) return;
  if (index === 1) {
    for (const property of mapping.node.properties) {
      if (matches(env, property.key))
        offers.value({ label: property.key, kind: CompletionItemKind.Field, detail: mapping.name });
    }
    return;
  }
  const top = mapping.node.properties.find((p) => p.key === previous[1])?.value ?? mapping.node.properties[0]?.value;
  if (index === 2 && top?.type === 'object') {
    for (const property of top.properties) {
      if (matches(env, property.key))
        offers.value({ label: property.key, kind: CompletionItemKind.Field, detail: mapping.name });
    }
  }
}
