// The second client: headless Neovim (Debian's, 0.7) with its built-in LSP client starts the bundled server over
// stdio (`node dist/server.js --stdio`, as the README tells users of other editors) and must show the same
// diagnostics VS Code does, for a policy and a template.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startGroup, stopGroup } from './processes';

interface Shown {
  code: string;
  source: string;
  severity: number;
  range: string;
  message: string;
}
interface NeovimResults {
  client: boolean;
  files: Record<string, { arrived: boolean; filetype: string; diagnostics: Shown[] }>;
}

/** Runs check.lua in headless Neovim on the files and returns what it saw. */
async function runNeovim(server: string, files: string[], root: string): Promise<NeovimResults> {
  const out = join(root, 'neovim-results.json');
  const started = startGroup(
    'nvim',
    ['--headless', '--clean', '-n', '-i', 'NONE', '-c', `luafile ${join(__dirname, 'neovim', 'check.lua')}`],
    {
      cwd: root,
      env: {
        ...process.env,
        HOME: root,
        POLICY_LENS_SERVER: server,
        POLICY_LENS_FILES: files.join(';'),
        POLICY_LENS_OUT: out,
      },
      logFile: join(root, 'neovim.log'),
    },
  );
  const timeout = new Promise<string>((resolve) => setTimeout(resolve, 60_000, 'timeout').unref());
  const ended = await Promise.race([started.exited, timeout]);
  await stopGroup(started);
  if (!existsSync(out)) throw new Error(`Neovim ended (${ended}) without writing its results: see neovim.log`);
  return JSON.parse(readFileSync(out, 'utf8')) as NeovimResults;
}

export async function neovim(options: {
  server: string;
  workspace: string;
  root: string;
  record: (title: string, body: () => Promise<void>) => Promise<boolean>;
}): Promise<void> {
  let results: NeovimResults | undefined;
  const started = await options.record('Neovim starts the server over stdio and gets diagnostics', async () => {
    results = await runNeovim(
      options.server,
      ['policy.json', 'template.yaml'].map((name) => join(options.workspace, name)),
      options.root,
    );
    assert.equal(results.client, true);
    for (const [name, file] of Object.entries(results.files)) assert.ok(file.arrived, `no diagnostics for ${name}`);
  });
  if (!started || !results) return;
  const { files } = results;
  await options.record('Neovim shows the policy diagnostic with its code and range', async () => {
    assert.deepEqual(files['policy.json'], {
      arrived: true,
      filetype: 'json',
      diagnostics: [
        {
          code: 'unknown-action',
          source: 'policy-lens',
          severity: 2,
          range: '6:21-6:29',
          message: '"s3:GetObjet" is not an action. Did you mean s3:GetObject?',
        },
      ],
    });
  });
  await options.record('Neovim shows the YAML template diagnostics', async () => {
    const template = files['template.yaml'];
    assert.equal(template?.filetype, 'yaml');
    assert.deepEqual(
      template.diagnostics.map(({ code, severity, range }) => ({ code, severity, range })),
      [
        { code: 'unknown-action', severity: 2, range: '21:27-21:37' },
        { code: 'cfn-invalid-getatt', severity: 1, range: '27:33-27:42' },
      ],
    );
  });
}
