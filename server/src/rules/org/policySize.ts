import { PNode } from '../../parsing/tree';

/**
 * The length of a value written without white space outside strings: what IAM counts against its size quotas.
 * Strings keep their text as written (quotes, escapes and inner spaces count); comments, which AWS does not
 * accept anyway, do not count. Walks the tree with its own stack, so no nesting depth can overflow the call stack.
 */
export function compactLength(root: PNode): number {
  let total = 0;
  const stack: PNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'object') {
      total += 2 + Math.max(node.properties.length - 1, 0);
      for (const property of node.properties) {
        // The key token with its quotes, and the colon.
        total += property.keySpan.length + 1;
        if (property.value) stack.push(property.value);
      }
    } else if (node.type === 'array') {
      total += 2 + Math.max(node.items.length - 1, 0);
      for (const item of node.items) stack.push(item);
    } else {
      total += node.length;
    }
  }
  return total;
}

/** A count as messages write it: `6,144`. */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}
