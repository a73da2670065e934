import { Catalog } from '../../catalog/catalog';
import { CfnSpec } from '../../cfn/spec/spec';
import { Template } from '../../cfn/template';
import { PolicyKind } from '../../model/kind';
import { PNode } from '../../parsing/tree';
import { Offers } from './offers';
import { Place, Segment } from './place';

/** What every completer is given. */
export interface Env {
  place: Place;
  catalog: Catalog;
  spec: CfnSpec;
  offers: Offers;
  root: PNode | undefined;
  /** The template, when the document is one (or is becoming one). */
  template?: Template;
  /** The text typed so far in the token, lower-cased, for filtering. */
  typed: string;
}

/** A policy document the cursor is in: where it starts and what kind it is. */
export interface PolicyAt {
  /** The path of the policy document from the root. */
  base: Segment[];
  kind: PolicyKind;
  /**
   * The kind is known (a file name, the setting, the template property that holds it), so only what the kind
   * allows is offered; a kind guessed from the content is not held against what is being written.
   */
  strict: boolean;
  inTemplate: boolean;
}

/** True when a candidate's text is offered for what is typed: it contains it, case-insensitively. */
export function matches(env: Env, candidate: string): boolean {
  return env.typed === '' || candidate.toLowerCase().includes(env.typed);
}

/** Sorts candidates so that those starting with what is typed come first; stable otherwise. */
export function startingFirst<T>(env: Env, candidates: readonly T[], text: (c: T) => string): T[] {
  if (env.typed === '') return [...candidates];
  const first: T[] = [];
  const rest: T[] = [];
  for (const c of candidates) {
    const lower = text(c).toLowerCase();
    if (lower.startsWith(env.typed)) first.push(c);
    else if (lower.includes(env.typed)) rest.push(c);
  }
  return [...first, ...rest];
}
