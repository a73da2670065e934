import { formatSize } from './lint';
import { DEFAULT_MAX_FILE_SIZE } from './args';
import { RULES_DOC_URL } from '../rules/docsUrl';

/** What `--help` prints. */
export const HELP = `Usage: policy-lens lint <files|folders|globs>... [options]

Checks AWS IAM policies (JSON, or JSONC with comments) offline against the AWS catalog, with
the same rules as the Policy Lens editor extension.

Inputs
  file      linted; a file that is not an IAM policy is noted and skipped
  folder    searched for *.json and *.jsonc files (node_modules, .git and dist are passed over);
            files in it that are not policies are skipped silently and counted
  glob      such as 'policies/**/*.json', expanded by policy-lens itself, so it works the same on
            every shell when quoted; files it matches that are not policies are skipped silently
  Paths are shown relative to the working folder.

Options
  -f, --format <format>    text (default), json or sarif
  --rule <id>=<level>      sets a rule's severity: error, warning, information, hint or off;
                           repeatable, like the policyLens.rules setting
  --kind <glob>=<kind>     lints files matching the glob (relative to the working folder) as this
                           kind of policy: identity, resource, bucket, key, trust, scp, rcp or
                           boundary; repeatable, like the policyLens.policyKinds setting (a file
                           name such as x.bucket-policy.json still decides first)
  --max-file-size <size>   skips and reports larger files: bytes, or with KB or MB (default ${formatSize(DEFAULT_MAX_FILE_SIZE).replace(' ', '')})
  -q, --quiet              reports errors only
  -h, --help               shows this help
  --version                shows the version and the source of the AWS catalog

Formats
  text    one line per finding, grouped by file, then a summary line:
            path:line:column: severity rule-id: message
          line and column are 1-based; column counts UTF-16 code units.
  json    { version, catalog: { package, version },
            files: [{ path, kind, findings: [{ ruleId, severity, message,
                      range: { start: { line, character }, end: { line, character } },
                      offset, length, replacement? }] }],
            skipped: [{ path, reason, message }], notes: [{ path, message }], problems: [message],
            summary: { files, skipped, errors, warnings, infos, hints } }
          line and character are 0-based, as in the Language Server Protocol; character, offset and
          length count UTF-16 code units from the start of the text (after any byte-order mark).
          kind is null for a file named as a policy that is too broken to read as one; replacement,
          when present, is the suggested text for exactly that range; a skipped reason is
          not-a-policy, too-large, binary, unreadable or internal-error.
  sarif   SARIF 2.1.0 with one run, for code scanning: regions are 1-based lines and UTF-16 columns,
          file URIs are relative to %SRCROOT%, the working folder.

Exit codes
  0  no error-severity finding (warnings and infos allowed)
  1  at least one error-severity finding
  2  a usage mistake, an input that matched nothing, or a file that could not be read

Rules: ${RULES_DOC_URL}
`;
