import { closest } from '../catalog/suggest';
import { RuleLevel } from '../engine/settings';
import { isPolicyKind, POLICY_KINDS } from '../model/kind';
import { EVERY_RULE } from '../engine/rules';
import { UsageError } from './exitCodes';

/** The output formats. */
export type Format = 'text' | 'json' | 'sarif';

/** What `policy-lens lint` was asked to do. */
export interface LintOptions {
  /** Files, directories and globs, as given. */
  inputs: string[];
  format: Format;
  /** Rule id → level, from `--rule`. */
  rules: Record<string, RuleLevel>;
  /** Glob → policy kind, from `--kind`. */
  policyKinds: Record<string, string>;
  /** Files larger than this many bytes are reported and skipped. */
  maxFileSize: number;
  /** Only error-severity findings are shown. */
  quiet: boolean;
}

/** A parsed command line. */
export type Command = { name: 'help' } | { name: 'version' } | { name: 'lint'; options: LintOptions };

/** 5 MiB: far beyond any policy AWS accepts (the largest, a KMS key policy, is 32 KB), yet quick to read. */
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

const USAGE = 'policy-lens lint <files|folders|globs>...';
const FORMATS: readonly Format[] = ['text', 'json', 'sarif'];
const LEVELS: readonly RuleLevel[] = ['error', 'warning', 'information', 'hint', 'off'];
const VALUE_OPTIONS = ['--format', '--rule', '--kind', '--max-file-size'];
const FLAG_OPTIONS = ['--quiet', '--help', '--version'];
const SHORT: Record<string, string> = { '-f': '--format', '-q': '--quiet', '-h': '--help' };

/** Reads the arguments after `policy-lens`; throws {@link UsageError} with a one-line message on a mistake. */
export function parseArgs(argv: readonly string[]): Command {
  if (argv.includes('--help') || argv.includes('-h')) return { name: 'help' };
  if (argv.includes('--version')) return { name: 'version' };
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError(`missing command: run ${USAGE} (see policy-lens --help)`);
  if (command !== 'lint') {
    // Forgetting the command is the likely mistake when the first word looks like a path.
    const hint = /[./\\*]/.test(command)
      ? `did you mean policy-lens lint ${argv.join(' ')}?`
      : `the command is ${USAGE}`;
    throw new UsageError(`unknown command '${command}': ${hint}`);
  }
  return { name: 'lint', options: parseLintArgs(rest) };
}

function parseLintArgs(argv: readonly string[]): LintOptions {
  const options: LintOptions = {
    inputs: [],
    format: 'text',
    rules: {},
    policyKinds: {},
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    quiet: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      options.inputs.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      options.inputs.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = canonicalOption(eq > 0 && arg.startsWith('--') ? arg.slice(0, eq) : arg);
    if (FLAG_OPTIONS.includes(name)) {
      if (eq > 0) throw new UsageError(`option ${name} takes no value`);
      options.quiet = true;
      continue;
    }
    let value: string | undefined;
    if (eq > 0 && arg.startsWith('--')) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) value = argv[++i];
    if (value === undefined || value === '') throw new UsageError(`option ${name} needs a value: ${VALUE_HELP[name]}`);
    applyOption(options, name, value);
  }
  if (options.inputs.length === 0) throw new UsageError(`no input given: ${USAGE}`);
  return options;
}

const VALUE_HELP: Record<string, string> = {
  '--format': 'text, json or sarif',
  '--rule': 'id=level, e.g. --rule old-version=off',
  '--kind': 'glob=kind, e.g. --kind "buckets/*.json=bucket"',
  '--max-file-size': 'a size in bytes, e.g. 1000000 or 5MB',
};

function canonicalOption(name: string): string {
  const long = SHORT[name] ?? name;
  if (VALUE_OPTIONS.includes(long) || FLAG_OPTIONS.includes(long)) return long;
  const suggestion = closest(long, [...VALUE_OPTIONS, ...FLAG_OPTIONS]);
  throw new UsageError(
    `unknown option ${name}${suggestion ? ` (did you mean ${suggestion}?)` : ''}; see policy-lens --help`,
  );
}

function applyOption(options: LintOptions, name: string, value: string): void {
  if (name === '--format') options.format = parseFormat(value);
  else if (name === '--rule') {
    const [id, level] = parseRule(value);
    options.rules[id] = level;
  } else if (name === '--kind') {
    const [glob, kind] = parseKind(value);
    options.policyKinds[glob] = kind;
  } else options.maxFileSize = parseSize(value);
}

function parseFormat(value: string): Format {
  if ((FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new UsageError(`unknown format '${value}': use text, json or sarif`);
}

function parseRule(value: string): [string, RuleLevel] {
  const eq = value.indexOf('=');
  if (eq <= 0) throw new UsageError(`--rule ${value}: write id=level, e.g. --rule old-version=off`);
  const id = value.slice(0, eq).trim();
  const level = value.slice(eq + 1).trim();
  const ids = EVERY_RULE.map((r) => r.id);
  if (!ids.includes(id)) {
    const suggestion = closest(id, ids);
    throw new UsageError(
      `--rule ${value}: there is no rule '${id}'${suggestion ? `; did you mean ${suggestion}?` : ''}`,
    );
  }
  if (!(LEVELS as readonly string[]).includes(level)) {
    throw new UsageError(`--rule ${value}: '${level}' is not a level; use ${LEVELS.join(', ')}`);
  }
  return [id, level as RuleLevel];
}

function parseKind(value: string): [string, string] {
  // Kinds never hold '=', globs may: split at the last one.
  const eq = value.lastIndexOf('=');
  if (eq <= 0) throw new UsageError(`--kind ${value}: write glob=kind, e.g. --kind "buckets/*.json=bucket"`);
  const raw = value.slice(0, eq).trim();
  // Paths are matched with forward slashes; on Windows a backslash in a glob is a separator, not an escape.
  const glob = process.platform === 'win32' ? raw.replace(/\\/g, '/') : raw;
  const kind = value.slice(eq + 1).trim();
  if (!isPolicyKind(kind))
    throw new UsageError(`--kind ${value}: '${kind}' is not a policy kind; use ${POLICY_KINDS.join(', ')}`);
  return [glob, kind];
}

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
};

function parseSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim());
  const unit = match ? UNITS[match[2].toLowerCase()] : undefined;
  const bytes = match && unit ? Math.floor(Number(match[1]) * unit) : NaN;
  if (!Number.isSafeInteger(bytes) || bytes <= 0) {
    throw new UsageError(`--max-file-size ${value}: give a size in bytes, e.g. 1000000, 512KB or 5MB`);
  }
  return bytes;
}
