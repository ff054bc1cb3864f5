import { describe, expect, it } from 'vitest';
import type { TimelineOutput } from '@/lib/kernel/outputs';
import { flaky, PermanentError, TransientError } from './faults';
import { random } from './random';
import { backoffDelays, retry } from './retry';
import { retryRows, retryTimeline } from './retry-timeline';

describe('backoff schedules (hand-computed)', () => {
  it('fixed, linear and exponential waits, with a cap', () => {
    expect(backoffDelays({ backoff: 'fixed', delay: '2s' }, 4)).toEqual([2000, 2000, 2000]);
    expect(backoffDelays({ backoff: 'linear', delay: '2s' }, 3)).toEqual([2000, 4000]); // worst case 6 s, as in lesson 01
    expect(backoffDelays({ delay: '2s' }, 5)).toEqual([2000, 4000, 8000, 16000]);
    expect(backoffDelays({ delay: '2s', factor: 3, maxDelay: '10s' }, 4)).toEqual([2000, 6000, 10000]);
  });

  it('jitter is seeded: full in [0, wait], equal in [wait/2, wait], ±p around it', () => {
    const u = random(99);
    const us = [u.next(), u.next(), u.next()];
    expect(backoffDelays({ delay: '2s', jitter: 'full', seed: 99 }, 4)).toEqual([us[0] * 2000, us[1] * 4000, us[2] * 8000]);
    expect(backoffDelays({ delay: '2s', jitter: 'full', seed: 99 }, 4)).toEqual(backoffDelays({ delay: '2s', jitter: 'full', seed: 99 }, 4));
    const equal = backoffDelays({ delay: '1s', jitter: 'equal', seed: 5 }, 20);
    equal.forEach((w, i) => {
      const exp = 1000 * 2 ** i;
      expect(w).toBeGreaterThanOrEqual(exp / 2);
      expect(w).toBeLessThanOrEqual(exp);
    });
    backoffDelays({ backoff: 'fixed', delay: '1s', jitter: 0.2, seed: 3 }, 50).forEach((w) => expect(Math.abs(w - 1000)).toBeLessThanOrEqual(200));
    expect(() => backoffDelays({ jitter: 'some' as never })).toThrow(/jitter must be/);
  });
});

describe('retry on the virtual clock', () => {
  it('waits without real time and records when each attempt happened', async () => {
    // Down for the first 10 s, then always up: linear 2 s gives up after 3 tries at 0, 2 and 6 s.
    const t0 = Date.now();
    const linear = await retry(flaky({ downFor: '10s', failureRate: 0, latency: 0 }), { backoff: 'linear', delay: '2s', attempts: 3 });
    expect(linear).toMatchObject({ ok: false, reason: 'exhausted', elapsedMs: 6000, waitedMs: 6000 });
    expect(linear.attempts.map((a) => [a.attempt, a.start, a.ok, a.wait])).toEqual([[1, 0, false, 2000], [2, 2000, false, 4000], [3, 6000, false, 0]]);
    expect(linear.error).toBeInstanceOf(TransientError);
    // Exponential reaches 14 s on the 4th try and succeeds.
    const exp = await retry(flaky({ downFor: '10s', failureRate: 0, latency: '200ms', value: { rows: 120 } }), { delay: '2s', attempts: 6 });
    expect(exp).toMatchObject({ ok: true, reason: 'ok', value: { rows: 120 } });
    expect(exp.attempts.map((a) => [a.start, a.end])).toEqual([[0, 200], [2200, 2400], [6400, 6600], [14600, 14800]]);
    expect(exp.unwrap()).toEqual({ rows: 120 });
    expect(Date.now() - t0).toBeLessThan(1000); // 20 virtual seconds of waiting took no real time
  });

  it('does not retry bugs or permanent errors; retryOn and a wait budget change that', async () => {
    const bug = await retry(() => { throw new TypeError('x is not a function'); }, { attempts: 5 });
    expect(bug).toMatchObject({ ok: false, reason: 'not-retryable' });
    expect(bug.attempts).toHaveLength(1);
    expect(() => bug.unwrap()).toThrow(TypeError);
    const permanent = await retry(() => { throw new PermanentError('404 Not Found'); }, { attempts: 5 });
    expect(permanent.attempts.map((a) => a.error)).toEqual(['PermanentError: 404 Not Found']);
    const named = await retry(() => { throw new Error('timeout'); }, { attempts: 3, retryOn: ['TransientError'] });
    expect(named.reason).toBe('not-retryable');
    const budget = await retry(() => { throw new TransientError(); }, { attempts: 10, delay: '1s', maxTotal: '5s' });
    expect(budget).toMatchObject({ reason: 'budget', waitedMs: 3000 }); // 1 + 2, the next (4) would pass 5
  });

  it('waits for real with clock: real', async () => {
    const t0 = performance.now();
    const r = await retry(() => { throw new TransientError(); }, { attempts: 3, delay: 20, backoff: 'fixed', clock: 'real' });
    expect(r.attempts).toHaveLength(3);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(38);
  });
});

describe('a flaky service', () => {
  it('fails the same calls for the same seed, at about the failure rate, some permanently', async () => {
    const outcomes = async (seed: number) => {
      const api = flaky({ seed, failureRate: 0.3, permanentShare: 0.2 });
      for (let i = 0; i < 2000; i++) await api().catch(() => {});
      return api.calls.map((c) => c.outcome);
    };
    const a = await outcomes(7);
    expect(a).toEqual(await outcomes(7));
    expect(a).not.toEqual(await outcomes(8));
    const failed = a.filter((o) => o !== 'ok').length / a.length;
    expect(failed).toBeGreaterThan(0.26);
    expect(failed).toBeLessThan(0.34);
    const permanent = a.filter((o) => o === 'permanent').length / a.filter((o) => o !== 'ok').length;
    expect(permanent).toBeGreaterThan(0.14);
    expect(permanent).toBeLessThan(0.26);
  });
});

describe('retry rows and timeline', () => {
  it('draw one lane per retry: attempts by outcome, waits between them', async () => {
    const linear = await retry(flaky({ downFor: '10s', failureRate: 0, latency: 0 }), { backoff: 'linear', delay: '2s', label: 'linear' });
    const exp = await retry(flaky({ downFor: '3s', failureRate: 0, latency: '100ms' }), { delay: '2s', label: 'exponential' });
    const tl: TimelineOutput = retryTimeline([linear, exp]);
    expect(tl.lanes).toEqual([{ label: 'linear' }, { label: 'exponential' }]);
    expect(tl.axis).toBe('elapsed');
    expect(tl.items.filter((i) => i.lane === 0).map((i) => [i.tone, i.at, i.end])).toEqual([
      ['error', 0, 0], ['wait', 0, 2000], ['error', 2000, 2000], ['wait', 2000, 6000], ['fatal', 6000, 6000],
    ]);
    expect(tl.items.filter((i) => i.lane === 1).map((i) => i.tone)).toEqual(['error', 'wait', 'error', 'wait', 'ok']);
    expect(tl.end).toBe(6300);
    expect(retryRows([linear])[1]).toEqual({ label: 'linear', attempt: 2, start_sec: 2, end_sec: 2, result: 'TransientError: 503 Service Unavailable', retried: true, wait_sec: 4 });
    expect(() => retryTimeline([])).toThrow(/expects the result/);
  });
});
