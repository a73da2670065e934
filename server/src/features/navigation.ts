import { Location } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { intrinsicOf } from '../cfn/intrinsics';
import { Reference, ReferenceKind } from '../cfn/references';
import { parseSub } from '../cfn/sub';
import { Entry } from '../cfn/template';
import { Analysis } from '../engine/analyze';
import { TemplateAnalysis } from '../engine/analyzeTemplate';
import { PObject, PString, Span, spanInString } from '../parsing/tree';
import { pathTo } from './cursor';

/**
 * What a name at the cursor stands for. Parameters and resources share one namespace (`Ref` names either, and
 * CloudFormation refuses a template where one name is both); conditions and mappings have their own. A variable of
 * a `Fn::Sub` variable map is local to that one call.
 */
type Target =
  | { namespace: 'entity' | 'condition' | 'mapping'; name: string; resourceFirst?: boolean }
  | { namespace: 'local'; name: string; text: PString; map: PObject };

/** The reference kinds that name a parameter or a resource. */
const ENTITY_KINDS: ReadonlySet<ReferenceKind> = new Set<ReferenceKind>(['Ref', 'Sub', 'GetAtt', 'DependsOn']);

/**
 * The definition of the name at the offset of a template: from a `Ref`, a `${X}` or `${X.Attr}` of a `Fn::Sub`, a
 * `GetAtt` (either form), a `DependsOn` entry, a condition name (`Condition`, `Fn::If`, `Fn::Condition`) or a
 * `FindInMap` map name, the key of the parameter, resource, condition or mapping; from a `Fn::Sub` variable, its key
 * in the call's variable map. On a definition's own key, that key. Null for pseudo parameters, for names the
 * template does not define, and outside templates.
 */
export function definitionAt(analysis: Analysis, document: TextDocument, offset: number): Location | null {
  const template = analysis.template;
  if (!template) return null;
  const text = document.getText();
  const target = targetAt(template, analysis, offset);
  const declaration = target && declarationOf(template, target, text);
  return declaration ? location(document, declaration) : null;
}

/**
 * Every place that uses the name at the offset (on a definition's key or on any reference to it): `Ref`, `Fn::Sub`
 * variables, `GetAtt`, `DependsOn` for parameters and resources, condition names for conditions, `FindInMap` for
 * mappings; with the definition's key too when asked. In document order; empty outside templates.
 */
export function referencesAt(
  analysis: Analysis,
  document: TextDocument,
  offset: number,
  includeDeclaration: boolean,
): Location[] {
  const template = analysis.template;
  if (!template) return [];
  const text = document.getText();
  const target = targetAt(template, analysis, offset);
  if (!target) return [];
  const spans: Span[] = target.namespace === 'local' ? localUses(target) : usesOf(template.references, target);
  if (includeDeclaration) {
    const declaration = declarationOf(template, target, text);
    if (declaration) spans.push(declaration);
  }
  const seen = new Set<string>();
  return spans
    .filter((s) => {
      // YAML aliases share nodes, so a reference may be collected twice.
      const key = `${s.offset}:${s.length}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.offset - b.offset)
    .map((s) => location(document, s));
}

function targetAt(template: TemplateAnalysis, analysis: Analysis, offset: number): Target | undefined {
  const reference = template.references.find(
    (r) => holds(r.span, offset) || (r.attributeSpan !== undefined && holds(r.attributeSpan, offset)),
  );
  if (reference) return referenceTarget(reference);
  const local = localAt(analysis, offset);
  if (local) return local;
  return definitionKeyAt(template, offset);
}

function referenceTarget(reference: Reference): Target | undefined {
  switch (reference.kind) {
    case 'Condition':
      return { namespace: 'condition', name: reference.target };
    case 'FindInMap':
      // A map named by a function: no one mapping is meant.
      return reference.target ? { namespace: 'mapping', name: reference.target } : undefined;
    default:
      return {
        namespace: 'entity',
        name: reference.target,
        resourceFirst: reference.kind === 'GetAtt' || reference.kind === 'DependsOn' || !!reference.attribute,
      };
  }
}

/** On the key of a parameter, resource, condition or mapping. */
function definitionKeyAt(template: TemplateAnalysis, offset: number): Target | undefined {
  const sections = [
    ['Parameters', 'entity'],
    ['Resources', 'entity'],
    ['Conditions', 'condition'],
    ['Mappings', 'mapping'],
  ] as const;
  for (const [section, namespace] of sections) {
    const value = template.template.sections[section]?.value;
    if (value?.type !== 'object') continue;
    const entry = value.properties.find((p) => holds(p.keySpan, offset));
    if (entry) return { namespace, name: entry.key, resourceFirst: section === 'Resources' };
  }
  return undefined;
}

/**
 * On a variable of a `Fn::Sub` that its own variable map defines (`!Sub ['${Name}-logs', {Name: !Ref Env}]`), in
 * the string or on the map's key.
 */
function localAt(analysis: Analysis, offset: number): Target | undefined {
  const path = pathTo(analysis.parse.root, offset);
  for (let i = path.length - 1; i >= 0; i--) {
    const call = intrinsicOf(path[i].node);
    if (call?.name !== 'Fn::Sub') continue;
    const argument = call.argument;
    if (argument?.type !== 'array') return undefined;
    const [text, map] = argument.items;
    if (text?.type !== 'string' || map?.type !== 'object') return undefined;
    const key = map.properties.find((p) => holds(p.keySpan, offset));
    if (key) return { namespace: 'local', name: key.key, text, map };
    if (!holds(text, offset)) return undefined;
    for (const part of parseSub(text.value)) {
      if (part.kind !== 'variable' || !map.properties.some((p) => p.key === part.name)) continue;
      if (holds(variableSpan(text, part.start, part.name), offset)) {
        return { namespace: 'local', name: part.name, text, map };
      }
    }
    return undefined;
  }
  return undefined;
}

/** The span of a variable's name inside `${ name }`, found after the `${` at `start`. */
function variableSpan(text: PString, start: number, name: string): Span {
  const at = text.value.indexOf(name, start + 2);
  return spanInString(text, at, at + name.length);
}

function localUses(target: Extract<Target, { namespace: 'local' }>): Span[] {
  return parseSub(target.text.value).flatMap((part) =>
    part.kind === 'variable' && part.name === target.name ? [variableSpan(target.text, part.start, part.name)] : [],
  );
}

function usesOf(references: Reference[], target: Target): Span[] {
  const kinds: (kind: ReferenceKind) => boolean =
    target.namespace === 'entity'
      ? (kind) => ENTITY_KINDS.has(kind)
      : target.namespace === 'condition'
        ? (kind) => kind === 'Condition'
        : (kind) => kind === 'FindInMap';
  return references.filter((r) => kinds(r.kind) && r.target === target.name).map((r) => r.span);
}

/** The span of the defining key's name (without its quotes), or undefined when the template defines none. */
function declarationOf(template: TemplateAnalysis, target: Target, text: string): Span | undefined {
  let entry: Entry | undefined;
  const model = template.template;
  switch (target.namespace) {
    case 'local': {
      const key = target.map.properties.find((p) => p.key === target.name);
      return key && keyName(key.key, key.keySpan, text);
    }
    case 'condition':
      entry = model.condition(target.name);
      break;
    case 'mapping':
      entry = model.mapping(target.name);
      break;
    case 'entity':
      entry = target.resourceFirst
        ? (model.resource(target.name) ?? model.parameter(target.name))
        : (model.parameter(target.name) ?? model.resource(target.name));
      break;
  }
  return entry && keyName(entry.name, entry.property.keySpan, text);
}

/** A key's span without the quotes around it, when it is quoted and has no escapes. */
function keyName(key: string, span: Span, text: string): Span {
  const quote = text[span.offset];
  if (
    (quote === '"' || quote === "'") &&
    span.length === key.length + 2 &&
    text[span.offset + span.length - 1] === quote
  ) {
    return { offset: span.offset + 1, length: key.length };
  }
  return span;
}

/** True when the offset is in the span or just after its end (where the cursor stands after typing a name). */
function holds(span: Span, offset: number): boolean {
  return offset >= span.offset && offset <= span.offset + span.length;
}

function location(document: TextDocument, span: Span): Location {
  return {
    uri: document.uri,
    range: { start: document.positionAt(span.offset), end: document.positionAt(span.offset + span.length) },
  };
}
