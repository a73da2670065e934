import { lstatSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';

/** How a path is shown: relative to the working folder with forward slashes, so editors and CI can open it. */
export function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  const shown = rel === '' ? '.' : isAbsolute(rel) ? absolute : rel;
  return sep === '\\' ? shown.replace(/\\/g, '/') : shown;
}

/** A file-system error in a few plain words; with the path, a link to nothing is called that. */
export function describeIoError(error: unknown, path?: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return path !== undefined && isLink(path) ? 'it is a broken symbolic link' : 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'EISDIR':
      return 'it is a folder';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
