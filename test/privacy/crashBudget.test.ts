// The client's restart policy for a crashing server (client/src/crashBudget.ts), without VS Code.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CrashBudget, DEFAULT_CRASH_LIMITS } from '../../client/src/crashBudget';

const MINUTE = 60_000;

/** A budget of 2 restarts in 3 minutes on a clock the test moves. */
function budget(): { budget: CrashBudget; clock: { now: number } } {
  const clock = { now: 0 };
  return { budget: new CrashBudget({ maxRestarts: 2, windowMs: 3 * MINUTE }, () => clock.now), clock };
}

describe('CrashBudget', () => {
  it('restarts the server after each of the allowed crashes, counting them', () => {
    const { budget: crashes } = budget();
    assert.deepEqual(crashes.crashed(), { restart: true, crashes: 1 });
    assert.deepEqual(crashes.crashed(), { restart: true, crashes: 2 });
  });

  it('stops after one crash too many within the window and asks to tell the user once', () => {
    const { budget: crashes, clock } = budget();
    crashes.crashed();
    clock.now += MINUTE;
    crashes.crashed();
    clock.now += MINUTE;
    assert.deepEqual(crashes.crashed(), { restart: false, notify: true });
    assert.deepEqual(crashes.crashed(), { restart: false, notify: false });
  });

  it('forgets crashes older than the window, so a server that crashes rarely is always restarted', () => {
    const { budget: crashes, clock } = budget();
    for (let i = 0; i < 10; i++) {
      assert.equal(crashes.crashed().restart, true, `crash ${i + 1}`);
      clock.now += 2 * MINUTE;
    }
  });

  it('restarts again and may tell the user again after the user restarted the server by hand', () => {
    const { budget: crashes } = budget();
    crashes.crashed();
    crashes.crashed();
    assert.deepEqual(crashes.crashed(), { restart: false, notify: true });
    crashes.reset();
    assert.deepEqual(crashes.crashed(), { restart: true, crashes: 1 });
    crashes.crashed();
    assert.deepEqual(crashes.crashed(), { restart: false, notify: true });
  });

  it('keeps a connection through three errors in a row and gives it up at the fourth', () => {
    const { budget: crashes } = budget();
    assert.deepEqual(
      [1, 2, 3, undefined].map((count) => crashes.connectionError(count)),
      [{ shutdown: false }, { shutdown: false }, { shutdown: false }, { shutdown: false }],
    );
    assert.deepEqual(crashes.connectionError(4), { shutdown: true, notify: true });
  });

  it('tells the user once whether the server crashed or its connection failed', () => {
    const { budget: crashes } = budget();
    assert.deepEqual(crashes.connectionError(4), { shutdown: true, notify: true });
    crashes.crashed();
    crashes.crashed();
    assert.deepEqual(crashes.crashed(), { restart: false, notify: false });
  });

  it('allows four restarts within three minutes by default', () => {
    assert.deepEqual(DEFAULT_CRASH_LIMITS, { maxRestarts: 4, windowMs: 3 * MINUTE });
    const crashes = new CrashBudget(undefined, () => 0);
    const decisions = Array.from({ length: 5 }, () => crashes.crashed().restart);
    assert.deepEqual(decisions, [true, true, true, true, false]);
  });
});
