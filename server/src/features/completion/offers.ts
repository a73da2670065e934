import {
  Command,
  CompletionItem,
  CompletionItemKind,
  CompletionItemTag,
  InsertTextFormat,
  InsertTextMode,
  MarkupKind,
  Range,
} from 'vscode-languageserver';
import { Place } from './place';
import { Escape, Part, hasStops, jsonEscape, plainOf, snippetOf, yamlNeedsQuotes, yamlSingleEscape } from './text';

/** The most items one completion returns; a longer list is cut and marked incomplete, to be asked again. */
export const MAX_ITEMS = 300;

/**
 * How a value is written:
 * - `string`: a string, quoted as the place needs (JSON quotes, YAML quotes where a plain scalar would not do);
 * - `literal`: a Boolean or a number, written bare where the place is not quoted;
 * - `raw`: text written as it is in place of the whole value, its quotes included (`!GetAtt MyBucket.Arn`,
 *   `{"Ref": "MyBucket"}`);
 * - `partial`: the start of a string that the user goes on typing (`s3:`, `AWS::S3::`, `MyBucket.`): never quoted
 *   in YAML, given only its opening quote in JSON, so that the cursor stays in the string.
 */
export type ValueForm = 'string' | 'literal' | 'raw' | 'partial';

/** What follows an inserted key: the shape of its value, for the skeleton written after the colon. */
export type ValueShape = 'string' | 'scalar' | 'object' | 'list' | 'objectList';

/** One completion, before it is placed. */
export interface Offer {
  label: string;
  kind: CompletionItemKind;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** What is inserted: the label when not given. */
  insert?: Part[];
  form?: ValueForm;
  /** For keys: the shape of the value, a string value to write after the colon, or what to write there as is. */
  shape?: ValueShape;
  value?: Part[];
  after?: { json: Part[]; yaml: Part[] };
  filterText?: string;
  /** Open the completion list again after inserting (a key whose values are offered, a service prefix). */
  retrigger?: boolean;
  deprecated?: boolean;
}

const RETRIGGER: Command = { title: 'Suggest', command: 'editor.action.triggerSuggest' };

/** Collects the items of one completion, in the order they are offered, up to {@link MAX_ITEMS}. */
export class Offers {
  readonly items: CompletionItem[] = [];
  incomplete = false;

  constructor(public place: Place) {}

  /** True when no more items are taken. */
  get full(): boolean {
    return this.items.length >= MAX_ITEMS;
  }

  /** Marks the list as cut: the client asks again as the user types. */
  cut(): void {
    this.incomplete = true;
  }

  /** False when no more items are taken (and the list is then marked cut): for loops over many candidates. */
  more(): boolean {
    if (!this.full) return true;
    this.cut();
    return false;
  }

  /** Offers a value for the place's token (or for another token of the place, such as a `${…}` in a string). */
  value(offer: Offer, place: Place = this.place): void {
    if (this.full) return this.cut();
    this.items.push(valueItem(place, offer, this.items.length));
  }

  key(offer: Offer): void {
    if (this.full) return this.cut();
    this.items.push(keyItem(this.place, offer, this.items.length));
  }
}

function base(offer: Offer, index: number): CompletionItem {
  const item: CompletionItem = { label: offer.label, kind: offer.kind, sortText: String(index).padStart(5, '0') };
  if (offer.detail) item.detail = offer.detail;
  if (offer.documentation) item.documentation = { kind: MarkupKind.Markdown, value: offer.documentation };
  if (offer.filterText) item.filterText = offer.filterText;
  if (offer.retrigger) item.command = RETRIGGER;
  if (offer.deprecated) item.tags = [CompletionItemTag.Deprecated];
  return item;
}

/** Escapes the content of parts (literals and stop defaults) for the place's quoting. */
function escaped(parts: readonly Part[], escape: Escape): Part[] {
  return parts.map((p) => {
    if (typeof p === 'string') return escape(p);
    if ('text' in p) return { stop: p.stop, text: escape(p.text) };
    if ('choices' in p) return { stop: p.stop, choices: p.choices.map(escape) };
    return p;
  });
}

const ranges = new WeakMap<Place, { start: number; end: number; range: Range }>();

/** The range of offsets as positions, remembered for the place (its items mostly share one). */
function rangeOf(place: Place, start: number, end: number): Range {
  const known = ranges.get(place);
  if (known && known.start === start && known.end === end) return known.range;
  const document = place.context.document;
  const range = { start: document.positionAt(start), end: document.positionAt(end) };
  ranges.set(place, { start, end, range });
  return range;
}

/** Puts text in place of the range, as a snippet where it has stops. Parts are already escaped for the place. */
function edit(item: CompletionItem, place: Place, start: number, end: number, parts: Part[]): void {
  const range = rangeOf(place, start, end);
  const snippet = hasStops(parts);
  const newText = snippet ? snippetOf(parts) : plainOf(parts);
  item.textEdit = { range, newText };
  item.insertTextFormat = snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText;
  if (newText.includes('\n')) item.insertTextMode = InsertTextMode.asIs;
  if (place.commaAt !== undefined) {
    const at = place.context.document.positionAt(place.commaAt);
    item.additionalTextEdits = [{ range: { start: at, end: at }, newText: ',' }];
  }
}

function valueItem(place: Place, offer: Offer, index: number): CompletionItem {
  const item = base(offer, index);
  const { token } = place;
  const parts = offer.insert ?? [offer.label];
  const form = offer.form ?? 'string';
  const closing = token.quote && !token.closed && form !== 'partial' ? [token.quote] : [];
  if (form === 'raw') {
    const start = token.start - (token.quote ? 1 : 0);
    const end = token.end + (token.quote && token.closed ? 1 : 0);
    if (token.quote) item.filterText = token.quote + (offer.filterText ?? offer.label);
    edit(item, place, start, end, parts);
  } else if (token.quote === '"') {
    edit(item, place, token.start, token.end, [...escaped(parts, jsonEscape), ...closing]);
  } else if (token.quote === "'") {
    edit(item, place, token.start, token.end, [...escaped(parts, yamlSingleEscape), ...closing]);
  } else if (form === 'literal' || (form === 'partial' && place.yaml)) {
    edit(item, place, token.start, token.end, parts);
  } else if (form === 'partial') {
    edit(item, place, token.start, token.end, ['"', ...escaped(parts, jsonEscape)]);
  } else if (!place.yaml) {
    edit(item, place, token.start, token.end, ['"', ...escaped(parts, jsonEscape), '"']);
  } else if (yamlNeedsQuotes(plainOf(parts))) {
    edit(item, place, token.start, token.end, ["'", ...escaped(parts, yamlSingleEscape), "'"]);
  } else {
    edit(item, place, token.start, token.end, parts);
  }
  return item;
}

function keyItem(place: Place, offer: Offer, index: number): CompletionItem {
  const item = base(offer, index);
  const { token } = place;
  const key = offer.insert ?? [offer.label];
  const shape = offer.shape ?? 'scalar';
  if (!place.yaml) {
    const written = escaped(key, jsonEscape);
    const comma = place.needsComma ? [','] : [];
    const value =
      offer.after?.json ?? (offer.value ? ['"', ...escaped(offer.value, jsonEscape), '"'] : jsonSkeleton(shape));
    const after: Part[] = ['": ', ...value, ...comma];
    if (!token.quote) {
      edit(item, place, token.start, token.end, ['"', ...written, ...(place.hasColon ? ['"'] : after)]);
    } else if (place.hasColon) {
      edit(item, place, token.start, token.end, [...written, ...(token.closed ? [] : ['"'])]);
    } else {
      edit(item, place, token.start, token.end + (token.closed ? 1 : 0), [...written, ...after]);
    }
    return item;
  }
  const quote = token.quote || (yamlNeedsQuotes(plainOf(key)) ? "'" : '');
  const written = quote ? [quote, ...escaped(key, quote === '"' ? jsonEscape : yamlSingleEscape), quote] : key;
  const start = token.quote ? token.start - 1 : token.start;
  const end = token.quote && token.closed ? token.end + 1 : token.end;
  const value =
    offer.after?.yaml ?? (offer.value ? [': ', ...offer.value] : yamlSkeleton(shape, place.column, place.eol));
  const after: Part[] = place.hasColon ? [] : value;
  if (token.quote) item.filterText = token.quote + (offer.filterText ?? offer.label);
  edit(item, place, start, end, [...written, ...after]);
  return item;
}

function jsonSkeleton(shape: ValueShape): Part[] {
  switch (shape) {
    case 'string':
      return ['"', { final: true }, '"'];
    case 'object':
      return ['{', { final: true }, '}'];
    case 'list':
      return ['[', { final: true }, ']'];
    case 'objectList':
      return ['[{', { final: true }, '}]'];
    case 'scalar':
      return [{ final: true }];
  }
}

function yamlSkeleton(shape: ValueShape, column: number, eol: string): Part[] {
  const indent = ' '.repeat(column + 2);
  switch (shape) {
    case 'object':
      return [':' + eol + indent, { final: true }];
    case 'list':
    case 'objectList':
      return [':' + eol + indent + '- ', { final: true }];
    case 'string':
    case 'scalar':
      return [': '];
  }
}
