import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { describeIoError } from './paths';

/** What reading a file gave: its text, or why there is none. */
export type Source =
  | { type: 'text'; text: string }
  | { type: 'too-large'; size: number }
  | { type: 'binary'; why: string }
  | { type: 'unreadable'; why: string };

// A NUL byte in the first block is how git and grep tell binary files; text never holds one.
const SNIFF_BYTES = 8000;

/**
 * Reads a file as text, refusing what is not a regular file, larger than `maxSize` bytes (checked before reading)
 * or not text. A byte-order mark is removed, as editors do, so offsets match the editor's; UTF-16 files (which
 * Windows PowerShell writes by default) are decoded too.
 */
export function readSource(path: string, maxSize: number): Source {
  let fd: number | undefined;
  try {
    // Checked before opening: opening a named pipe would wait for a writer forever.
    if (!statSync(path).isFile()) return { type: 'unreadable', why: 'it is not a regular file' };
    fd = openSync(path, 'r');
    const size = fstatSync(fd).size;
    if (size > maxSize) return { type: 'too-large', size };
    const bytes = readAll(fd, size, maxSize);
    return bytes.length > maxSize ? { type: 'too-large', size: bytes.length } : decode(bytes);
  } catch (error) {
    return { type: 'unreadable', why: describeIoError(error, path) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Reads up to `maxSize + 1` bytes, so a file that grew after fstat is still caught. */
function readAll(fd: number, expected: number, maxSize: number): Buffer {
  const buffer = Buffer.alloc(Math.min(Math.max(expected, 4096), maxSize + 1));
  let length = 0;
  for (;;) {
    if (length === buffer.length) break;
    const read = readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) break;
    length += read;
  }
  return buffer.subarray(0, length);
}

function decode(bytes: Buffer): Source {
  const encoding = bomEncoding(bytes);
  if (encoding === 'utf-8' && bytes.subarray(0, SNIFF_BYTES).includes(0)) {
    return { type: 'binary', why: 'it is a binary file, not text' };
  }
  try {
    return { type: 'text', text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return {
      type: 'binary',
      why: encoding === 'utf-8' ? 'it is not UTF-8 text' : `it is not valid ${encoding.toUpperCase()} text`,
    };
  }
}

function bomEncoding(bytes: Buffer): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}
