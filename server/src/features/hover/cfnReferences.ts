import { pseudoParameter } from '../../cfn/intrinsics';
import { Reference } from '../../cfn/references';
import { CfnSpec } from '../../cfn/spec/spec';
import { Entry, Parameter, Resource, Template } from '../../cfn/template';
import { PNode, Span } from '../../parsing/tree';
import { readableType, refLine, resourceTypeMarkdown } from './cfnTypes';
import { PSEUDO_PARAMETERS_URL } from './links';
import { bold, bullets, code, link, listSome, paragraphs, sentence } from './markdown';

/** The reference whose name (or attribute) holds the offset, of the kinds a hover explains. */
export function referenceAt(references: readonly Reference[], offset: number): Reference | undefined {
  return references.find(
    (r) => r.kind !== 'FindInMap' && (within(r.span, offset) || (r.attributeSpan && within(r.attributeSpan, offset))),
  );
}

function within(span: Span, offset: number): boolean {
  return offset >= span.offset && offset <= span.offset + span.length;
}

/** The span a reference's hover covers: `B.Arn` whole when written as one string, else the part under the cursor. */
export function referenceSpan(reference: Reference, offset: number): Span {
  const { span, attributeSpan } = reference;
  if (!attributeSpan) return span;
  if (attributeSpan.offset === span.offset + span.length + 1) {
    return { offset: span.offset, length: attributeSpan.offset + attributeSpan.length - span.offset };
  }
  return within(span, offset) ? span : attributeSpan;
}

/**
 * The hover of a reference: what a `Ref`, `${Name}`, `Fn::GetAtt`, condition name or DependsOn entry stands for.
 * Undefined when its target is defined nowhere.
 */
export function referenceMarkdown(
  reference: Reference,
  template: Template,
  spec: CfnSpec,
  text: string,
): string | undefined {
  switch (reference.kind) {
    case 'Ref':
    case 'Sub':
      if (reference.attribute !== undefined) return attributeMarkdown(reference, template, spec);
      return nameMarkdown(reference.target, template, spec);
    case 'GetAtt':
      return attributeMarkdown(reference, template, spec);
    case 'Condition': {
      const condition = template.condition(reference.target);
      return condition && conditionMarkdown(condition, text);
    }
    case 'DependsOn': {
      const resource = template.resource(reference.target);
      return resource && resourceMarkdown(resource, spec);
    }
    default:
      return undefined;
  }
}

/** What `Ref` of a name (or `${Name}`) gives: a pseudo parameter, a parameter or a resource. */
export function nameMarkdown(target: string, template: Template, spec: CfnSpec): string | undefined {
  const pseudo = pseudoParameter(target);
  if (pseudo) {
    return paragraphs(
      `${bold(pseudo.name)} — pseudo parameter`,
      pseudo.description,
      pseudo.sample !== undefined && !pseudo.list && `Policies are checked with ${code(pseudo.sample)} in its place.`,
      link('Pseudo parameters in the CloudFormation Template Reference', PSEUDO_PARAMETERS_URL),
    );
  }
  const parameter = template.parameter(target);
  if (parameter) return parameterMarkdown(parameter);
  const resource = template.resource(target);
  return resource && resourceMarkdown(resource, spec);
}

function parameterMarkdown(parameter: Parameter): string {
  const field = (key: string) => parameter.node?.properties.find((p) => p.key === key)?.value;
  const description = field('Description');
  const allowed = field('AllowedValues');
  const allowedValues = allowed?.type === 'array' ? allowed.items.map(scalarText) : [];
  return paragraphs(
    `${bold(parameter.name)} — parameter`,
    description?.type === 'string' && description.value && sentence(description.value),
    bullets(
      parameter.type && `Type: ${code(parameter.type)}`,
      parameter.default && `Default: ${code(scalarText(parameter.default))}`,
      allowedValues.length > 0 && `Allowed values: ${listSome(allowedValues.map(code), 10)}`,
    ),
  );
}

function scalarText(node: PNode): string {
  if (node.type === 'string') return node.value;
  if (node.type === 'number' || node.type === 'boolean' || node.type === 'null') return String(node.value);
  return node.type === 'array' ? '[…]' : '{…}';
}

function resourceMarkdown(resource: Resource, spec: CfnSpec): string {
  const type = resource.type ? spec.resourceType(resource.type) : undefined;
  return paragraphs(
    `${bold(resource.name)} — ${resource.type ? `${code(resource.type)} resource` : 'resource'}`,
    type && bullets(refLine(type)),
  );
}

function attributeMarkdown(reference: Reference, template: Template, spec: CfnSpec): string | undefined {
  const resource = template.resource(reference.target);
  if (!resource) return undefined;
  const name = reference.attribute ?? '';
  const attribute = resource.type ? spec.attribute(resource.type, name) : undefined;
  // An attribute the type does not have: what the resource is and the attributes it does have.
  if (!attribute) return resource.type ? resourceTypeMarkdown(resource.type, spec) : undefined;
  const arnTemplate = name === 'Arn' ? spec.resourceType(resource.type!)?.arnTemplate : undefined;
  return paragraphs(
    `${bold(`${resource.name}.${name}`)} — attribute of ${code(resource.type!)} resource ${code(resource.name)}`,
    bullets(`Type: ${readableType(attribute)}`, arnTemplate && `ARN format: ${code(arnTemplate)}`),
  );
}

function conditionMarkdown(condition: Entry, text: string): string {
  const value = condition.property.value;
  return paragraphs(
    `${bold(condition.name)} — condition`,
    value && `Defined as ${code(text.slice(value.offset, value.offset + value.length))}`,
  );
}
