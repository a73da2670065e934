// The `policy-lens` command: wires the process to run(), which does the work and never throws.
import { run } from './run';

// A reader that stops early (`policy-lens lint . | head`) is not a failure of the lint.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

process.exitCode = run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
});
