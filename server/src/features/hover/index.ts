import { Hover } from 'vscode-languageserver';
import { Catalog } from '../../catalog/catalog';
import { CfnSpec } from '../../cfn/spec/spec';
import { CursorContext } from '../cursor';
import { referenceAt, referenceMarkdown, referenceSpan } from './cfnReferences';
import { HoverPart, paragraphs, toHover } from './markdown';
import { policyHover } from './policyHover';
import { intrinsicNameHover, templateHover } from './templateHover';

/**
 * The hover at a cursor, as the AWS documentation would tell it, from the offline catalog and specification:
 * actions (and what wildcards match), ARNs, principals, condition operators and keys, policy elements; in templates,
 * resource types, properties, intrinsic functions and what references stand for. Null where nothing useful can be
 * said. Never throws: a failure is a missing hover, not a failed request.
 */
export function hoverAt(context: CursorContext | undefined, catalog: Catalog, spec: CfnSpec): Hover | null {
  if (!context) return null;
  try {
    const part = hoverPart(context, catalog, spec);
    return part ? toHover(context.document, part) : null;
  } catch {
    return null;
  }
}

function hoverPart(context: CursorContext, catalog: Catalog, spec: CfnSpec): HoverPart | undefined {
  const analysis = context.analysis.template;
  if (analysis) {
    const intrinsic = intrinsicNameHover(context);
    if (intrinsic) return intrinsic;
    const reference = referenceAt(analysis.references, context.offset);
    const markdown = reference && referenceMarkdown(reference, analysis.template, spec, context.text);
    if (reference && markdown) {
      // A name inside a policy value that an intrinsic builds: what it is, then what the value it builds is.
      const value = context.policy ? policyHover(context, catalog) : undefined;
      const both = value?.built ? paragraphs(markdown, '---', value.markdown) : markdown;
      return { markdown: both, span: referenceSpan(reference, context.offset) };
    }
  }
  return (context.policy && policyHover(context, catalog)) || (analysis && templateHover(context, spec)) || undefined;
}
