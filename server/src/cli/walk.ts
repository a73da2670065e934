import { Dirent, readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Folders never searched: installed packages, version control and build output hold no policies of the project. */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git', 'dist']);

// The order file explorers use (policy2 before policy10), with a fixed locale so every machine agrees.
const NAME_ORDER = new Intl.Collator('en', { numeric: true });

/** How a walk goes and what it reports. */
export interface WalkOptions {
  /** Folder names to pass over. */
  skip: ReadonlySet<string>;
  /** Folder levels to descend below the start (0: only its own files); unlimited when undefined. */
  maxDepth?: number;
  /** Called for each file (or link to a file, or broken link) with its path. */
  onFile(path: string): void;
  /** Called for a folder that cannot be listed. */
  onError(path: string, error: unknown): void;
}

/** Visits the files under a folder in name order, following links to folders once each (so a loop ends). */
export function walk(dir: string, options: WalkOptions): void {
  walkFrom(dir, 0, options, new Set());
}

function walkFrom(dir: string, depth: number, options: WalkOptions, seen: Set<string>): void {
  let entries: Dirent[];
  try {
    const real = realpathSync(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    options.onError(dir, error);
    return;
  }
  entries.sort((a, b) => NAME_ORDER.compare(a.name, b.name));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (isFolder(entry, path)) {
      const deeper = options.maxDepth === undefined || depth < options.maxDepth;
      if (deeper && !options.skip.has(entry.name)) walkFrom(path, depth + 1, options, seen);
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      options.onFile(path);
    }
  }
}

function isFolder(entry: Dirent, path: string): boolean {
  if (entry.isDirectory()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
