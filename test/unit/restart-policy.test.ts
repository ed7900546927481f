// The client's policy for a crashed language server (client/src/restart.ts): restart a few times within a
// window, then stop and say so once.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEFAULT_RESTART_LIMITS, RestartPolicy, decideRestart, errorDecision } from '../../client/src/restart';

const MINUTE = 60_000;

describe('restart policy', () => {
  test('restarts up to maxRestarts times within the window, then gives up once and stays stopped', () => {
    let now = 0;
    const policy = new RestartPolicy(() => now, { maxRestarts: 3, windowMs: 3 * MINUTE });
    const decisions = [];
    for (let i = 0; i < 7; i++) {
      decisions.push(policy.closed());
      now += 10_000;
    }
    assert.deepEqual(decisions, ['restart', 'restart', 'restart', 'give-up', 'stopped', 'stopped', 'stopped']);
  });

  test('crashes spread wider than the window keep restarting (never gives up)', () => {
    let now = 0;
    const policy = new RestartPolicy(() => now, { maxRestarts: 2, windowMs: MINUTE });
    for (let i = 0; i < 50; i++) {
      assert.equal(policy.closed(), 'restart', `crash ${i}`);
      now += 31_000; // two crashes per window at most
    }
  });

  test('a burst after a quiet spell counts only the crashes within the window', () => {
    const limits = { maxRestarts: 2, windowMs: MINUTE };
    let state = decideRestart([], 0, limits);
    state = decideRestart(state.crashes, 1_000, limits);
    assert.equal(state.decision, 'restart');
    assert.deepEqual(state.crashes, [0, 1_000]);
    // The two old crashes fall out of the window: this one is the first within it.
    state = decideRestart(state.crashes, 10 * MINUTE, limits);
    assert.equal(state.decision, 'restart');
    assert.deepEqual(state.crashes, [10 * MINUTE]);
    state = decideRestart(state.crashes, 10 * MINUTE + 1, limits);
    assert.equal(state.decision, 'restart');
    assert.equal(decideRestart(state.crashes, 10 * MINUTE + 2, limits).decision, 'give-up');
  });

  test('the defaults: four restarts within three minutes, and one message naming the command', () => {
    assert.deepEqual(DEFAULT_RESTART_LIMITS, { maxRestarts: 4, windowMs: 3 * MINUTE });
    const policy = new RestartPolicy(() => 0);
    const decisions = Array.from({ length: 6 }, () => policy.closed());
    assert.deepEqual(decisions, ['restart', 'restart', 'restart', 'restart', 'give-up', 'stopped']);
    const message = policy.message('Isnad');
    assert.match(message, /stopped 5 times in 3 minutes/u);
    assert.match(message, /Isnad: Restart Server/u);
  });

  test('transport errors are borne three times, then the connection is shut down', () => {
    assert.deepEqual([1, 2, 3, 4, 10].map(errorDecision), ['continue', 'continue', 'continue', 'shutdown', 'shutdown']);
    assert.equal(errorDecision(undefined), 'shutdown');
  });
});
