import { intrinsicOf } from '../../cfn/intrinsics';
import { CfnSpec } from '../../cfn/spec/spec';
import { valueSpan } from '../../parsing/tree';
import { keyNameSpan } from '../../rules/conditions/spans';
import { CursorContext } from '../cursor';
import { attributeMarkdown, sectionMarkdown } from './cfnKeys';
import { intrinsicMarkdown } from './cfnIntrinsics';
import { nameMarkdown } from './cfnReferences';
import { propertyMarkdown, resourceTypeMarkdown } from './cfnTypes';
import { HoverPart } from './markdown';

/** The hover of an intrinsic function's name (`!Sub`, `"Fn::GetAtt"`) under the cursor. */
export function intrinsicNameHover(context: CursorContext): HoverPart | undefined {
  const property = context.property;
  if (!context.inKey || !property) return undefined;
  const conditions = context.section === 'Conditions' || context.section === 'Rules';
  const call = intrinsicOf(context.node, conditions);
  if (!call || call.property !== property) return undefined;
  const markdown = intrinsicMarkdown(call.name);
  return markdown ? { markdown, span: keyNameSpan(property) } : undefined;
}

/**
 * The hover of the template itself: a resource's Type, the keys of its Properties (nested ones too), the sections,
 * resource attributes, and the logical ids of parameters and resources where they are defined.
 */
export function templateHover(context: CursorContext, spec: CfnSpec): HoverPart | undefined {
  const template = context.analysis.template?.template;
  if (!template) return undefined;
  const resource = context.resource;
  if (resource?.typeNode && context.node === resource.typeNode) {
    const markdown = resource.type && resourceTypeMarkdown(resource.type, spec);
    return markdown ? { markdown, span: valueSpan(resource.typeNode) } : undefined;
  }
  const key = context.inKey ? context.property : undefined;
  if (!key) return undefined;
  const part = (markdown: string | undefined) => (markdown ? { markdown, span: keyNameSpan(key) } : undefined);
  if (template.root.properties.includes(key)) return part(sectionMarkdown(key.key));
  if (resource) {
    if (resource.property === key) return part(nameMarkdown(resource.name, template, spec));
    if (resource.node?.properties.includes(key)) return part(attributeMarkdown(key.key));
    if (resource.type && context.propertyPath) {
      // The keys of intrinsics on the way (`Fn::If` around a value) are not properties.
      const path = [...context.propertyPath.filter((k) => !k.startsWith('Fn::') && k !== 'Ref'), key.key];
      return part(propertyMarkdown(resource.type, path, spec));
    }
    return undefined;
  }
  if (context.section === 'Parameters' && template.parameter(key.key)?.property === key) {
    return part(nameMarkdown(key.key, template, spec));
  }
  return undefined;
}
