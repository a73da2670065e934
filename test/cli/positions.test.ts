import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineIndex } from '../../server/src/cli/positions';

describe('line index', () => {
  it('gives 0-based lines and UTF-16 columns across LF, CRLF and lone CR line ends', () => {
    const index = new LineIndex('ab\ncd\r\nef\rgh');
    assert.deepEqual(index.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(index.positionAt(4), { line: 1, character: 1 });
    assert.deepEqual(index.positionAt(7), { line: 2, character: 0 });
    assert.deepEqual(index.positionAt(10), { line: 3, character: 0 });
  });

  it('places the end of a line before its line break, and clamps offsets outside the text', () => {
    const index = new LineIndex('ab\r\ncd');
    assert.deepEqual(index.positionAt(2), { line: 0, character: 2 });
    assert.deepEqual(index.positionAt(99), { line: 1, character: 2 });
    assert.deepEqual(index.positionAt(-1), { line: 0, character: 0 });
  });

  it('counts an astral character as two columns', () => {
    assert.deepEqual(new LineIndex('😀x').positionAt(2), { line: 0, character: 2 });
  });
});
