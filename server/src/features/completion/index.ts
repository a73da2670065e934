import { CompletionItem, CompletionList } from 'vscode-languageserver';
import { Catalog } from '../../catalog/catalog';
import { CfnSpec } from '../../cfn/spec/spec';
import { CursorContext } from '../cursor';
import { analysisTarget } from '../documentFilter';
import { Env } from './env';
import { jsonPlace } from './jsonPlace';
import { Offers } from './offers';
import { Place } from './place';
import { route, templateOf } from './route';
import { yamlPlace } from './yamlPlace';

export { MAX_ITEMS } from './offers';

/**
 * Completions at a cursor, in JSON and YAML, in standalone policies and in templates (their embedded policies
 * included): policy elements and their values (actions, ARNs, condition operators, keys and values, principals),
 * and the template's sections, resource types, properties, attributes, intrinsic functions and their targets.
 * Each item's text edit replaces the token being typed. The list is cut at {@link MAX_ITEMS} and then marked
 * incomplete, so that the client asks again as the user types. Never throws: a failure gives an empty list.
 */
export function completionListAt(context: CursorContext | undefined, catalog: Catalog, spec: CfnSpec): CompletionList {
  try {
    return computeCompletions(context, catalog, spec);
  } catch {
    return { isIncomplete: false, items: [] };
  }
}

/** {@link completionListAt} without its guard: throws on a defect, for the tests to see it. */
export function computeCompletions(
  context: CursorContext | undefined,
  catalog: Catalog,
  spec: CfnSpec,
): CompletionList {
  if (!context) return { isIncomplete: false, items: [] };
  const place = placeOf(context);
  if (!place) return { isIncomplete: false, items: [] };
  const offers = new Offers(place);
  const env: Env = {
    place,
    catalog,
    spec,
    offers,
    root: context.analysis.parse.root,
    template: templateOf(context, place.yaml),
    typed: place.token.prefix.toLowerCase(),
  };
  route(env);
  return { isIncomplete: offers.incomplete, items: offers.items };
}

/** The items of {@link completionListAt}, for callers that need no `isIncomplete`. */
export function completionsAt(context: CursorContext | undefined, catalog: Catalog, spec: CfnSpec): CompletionItem[] {
  return completionListAt(context, catalog, spec).items;
}

/** Where the cursor is, by the document's format. */
export function placeOf(context: CursorContext): Place | undefined {
  const { document } = context;
  const language = analysisTarget(document.uri, document.languageId)?.languageId ?? document.languageId;
  return language === 'yaml' ? yamlPlace(context) : jsonPlace(context);
}
