import { PNode, Span } from '../parsing/tree';

/**
 * What a walk over one subtree (a resource, a call) found, kept with the subtree's parse node. An edit parses only
 * the resource it falls in and shifts the nodes of the others in place (engine/incremental.ts), so a node that is
 * the same object as before holds the same text: what was found in it stands, its spans moved by as much as the
 * node moved. A full parse makes new nodes, and everything is found again. Kept weakly: it goes with the parse.
 */
export class PerNode<T, C = undefined> {
  private readonly kept = new WeakMap<PNode, { offset: number; key: string; value: T }>();

  /**
   * @param find walks one subtree, given the key and the caller's context (which must be decided by the node
   *   and the key alone: it is not compared).
   * @param move returns what was found with every span it copied moved by `delta` (node references move with
   *   the tree by themselves).
   */
  constructor(
    private readonly find: (node: PNode, key: string, context: C) => T,
    private readonly move: (value: T, delta: number) => T,
  ) {}

  /** What `find` gives for the node; `key` is what else decides it (a resource's logical id, the transforms). */
  get(node: PNode, key = '', context?: C): T {
    const kept = this.kept.get(node);
    if (kept && kept.key === key) {
      if (kept.offset !== node.offset) {
        kept.value = this.move(kept.value, node.offset - kept.offset);
        kept.offset = node.offset;
      }
      return kept.value;
    }
    const value = this.find(node, key, context as C);
    this.kept.set(node, { offset: node.offset, key, value });
    return value;
  }
}

export function moved(span: Span, delta: number): Span {
  return { offset: span.offset + delta, length: span.length };
}
