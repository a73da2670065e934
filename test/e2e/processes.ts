// Editor processes for the end-to-end tests: each is started in a process group of its own (a new session, as
// setsid does) and stopped by signalling the whole group, since extension hosts and language servers outlive the
// process that started them otherwise. Every group still running when this process exits is killed, pass or fail.
import { ChildProcess, spawn, SpawnOptions } from 'node:child_process';
import { createWriteStream } from 'node:fs';

const running = new Set<ChildProcess>();

export interface Started {
  child: ChildProcess;
  /** Resolves with the exit code (or the signal's name) when the process ends. */
  exited: Promise<number | string>;
}

/** Starts `command` as the leader of a new process group, its output appended to `logFile`. */
export function startGroup(command: string, args: string[], options: SpawnOptions & { logFile: string }): Started {
  const log = createWriteStream(options.logFile, { flags: 'a' });
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  running.add(child);
  const exited = new Promise<number | string>((resolve) => {
    child.on('exit', (code, signal) => {
      running.delete(child);
      resolve(code ?? signal ?? 'unknown');
    });
    child.on('error', (error) => {
      running.delete(child);
      log.write(`could not start ${command}: ${error.message}\n`);
      resolve(`error: ${error.message}`);
    });
  });
  return { child, exited };
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is gone already.
  }
}

/** Stops a group: SIGTERM to every process in it, then SIGKILL to what is left after `graceMs`. */
export async function stopGroup(started: Started, graceMs = 3_000): Promise<void> {
  signalGroup(started.child, 'SIGTERM');
  const timer = new Promise((resolve) => setTimeout(resolve, graceMs).unref());
  await Promise.race([started.exited, timer]);
  // The leader may have gone while others in its group live on: the group is killed whatever the leader did.
  signalGroup(started.child, 'SIGKILL');
}

function killAll(): void {
  for (const child of running) signalGroup(child, 'SIGKILL');
}

process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    killAll();
    process.exit(130);
  });
}
