import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { GLOBSTAR, Minimatch, ParseReturnFiltered } from 'minimatch';
import { describeIoError, displayPath } from './paths';
import { SKIPPED_FOLDERS, walk } from './walk';

/** How a file came to be linted, which decides how loudly a non-policy is skipped. */
export type Origin = 'explicit' | 'folder' | 'glob';

/** A file to lint. */
export interface Candidate {
  /** Absolute path. */
  path: string;
  origin: Origin;
  /** The folder inputs it was found under, for "no policy in this folder" notes. */
  folders: string[];
}

/** The files that the inputs name, and the inputs that named nothing readable. */
export interface Discovery {
  candidates: Candidate[];
  /** Folder inputs, as shown. */
  folders: string[];
  /** One-line problems (exit code 2): an input that matched nothing, a folder that cannot be read. */
  problems: string[];
}

const POLICY_FILE = /\.(jsonc?|ya?ml|template)$/i;
const WINDOWS = process.platform === 'win32';

/** Resolves files, folders (searched for *.json, *.jsonc, *.yaml, *.yml and *.template) and globs into files, each once, in a stable order. */
export function discover(inputs: readonly string[], cwd: string): Discovery {
  const found = new Map<string, Candidate>();
  const discovery: Discovery = { candidates: [], folders: [], problems: [] };
  const add = (candidate: Candidate): void => {
    const known = found.get(candidate.path);
    if (!known) {
      found.set(candidate.path, candidate);
      return;
    }
    if (candidate.origin === 'explicit') known.origin = 'explicit';
    known.folders.push(...candidate.folders);
  };
  for (const input of inputs) {
    const path = resolve(cwd, input);
    const type = typeOf(path);
    if (type === 'folder') {
      const folder = displayPath(path, cwd);
      discovery.folders.push(folder);
      searchFolder(path, folder, cwd, add, discovery.problems);
    } else if (type === 'file') {
      add({ path, origin: 'explicit', folders: [] });
    } else if (isGlob(input)) {
      if (!expandGlob(input, cwd, add, discovery.problems)) discovery.problems.push(`no files match ${input}`);
    } else {
      discovery.problems.push(`cannot read ${input}: ${describeIoError(type.error, path)}`);
    }
  }
  discovery.candidates = [...found.values()];
  return discovery;
}

function typeOf(path: string): 'folder' | 'file' | { error: unknown } {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file';
  } catch (error) {
    return { error };
  }
}

function isGlob(input: string): boolean {
  return new Minimatch(input, { windowsPathsNoEscape: WINDOWS }).hasMagic();
}

function searchFolder(
  path: string,
  folder: string,
  cwd: string,
  add: (c: Candidate) => void,
  problems: string[],
): void {
  walk(path, {
    skip: SKIPPED_FOLDERS,
    onFile: (file) => {
      if (POLICY_FILE.test(file)) add({ path: file, origin: 'folder', folders: [folder] });
    },
    onError: (dir, error) => problems.push(`cannot read folder ${displayPath(dir, cwd)}: ${describeIoError(error)}`),
  });
}

/** Expands a glob ourselves (Windows shells do not), searching only below its literal leading folders. */
function expandGlob(pattern: string, cwd: string, add: (c: Candidate) => void, problems: string[]): boolean {
  const matcher = new Minimatch(pattern, { windowsPathsNoEscape: WINDOWS });
  let matched = false;
  // A folder that is skipped by default is searched when the pattern names it.
  const skip = new Set([...SKIPPED_FOLDERS].filter((name) => !pattern.includes(name)));
  for (const parts of matcher.set) {
    const { base, prefix, depth } = globBase(parts);
    const root = resolve(cwd, base);
    walk(root, {
      skip,
      maxDepth: depth,
      onFile: (file) => {
        if (!matcher.match(prefix + displayPath(file, root))) return;
        matched = true;
        add({ path: file, origin: 'glob', folders: [] });
      },
      onError: (dir, error) => {
        // A literal folder of the pattern that does not exist simply matches nothing.
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'ENOENT' && code !== 'ENOTDIR')
          problems.push(`cannot read folder ${displayPath(dir, cwd)}: ${describeIoError(error)}`);
      },
    });
  }
  return matched;
}

/** Where to search for one alternative of a glob: its leading literal folders, and how deep below them to go. */
function globBase(parts: readonly ParseReturnFiltered[]): { base: string; prefix: string; depth?: number } {
  let literal = 0;
  while (literal < parts.length - 1 && typeof parts[literal] === 'string') literal++;
  const written = parts.slice(0, literal).join('/');
  return {
    base: literal === 0 ? '.' : written || '/',
    prefix: literal === 0 ? '' : `${written}/`,
    depth: parts.includes(GLOBSTAR) ? undefined : parts.length - literal - 1,
  };
}
