import { afterEach, describe, expect, it } from 'vitest';
import { truncateText } from '@/lib/cell-api/truncate';
import { retry } from '@/lib/cell-api/retry';
import { retryTimeline } from '@/lib/cell-api/retry-timeline';
import { flaky } from '@/lib/cell-api/faults';
import { createSim } from '@/lib/cell-api/sim';
import { testHost } from '@/lib/cell-api/sim/test-host';
import { CheckFailed, expect as checkExpect } from '@/lib/checks/expect';
import { createCheckHarness } from '@/lib/checks/harness';
import type { CheckResult } from '@/lib/checks/types';
import type { Output, TimelineOutput } from '@/lib/kernel/outputs';
import { runnerEn } from './en';
import { runnerKo } from './ko';
import { runnerLang, runnerText, setRunnerLang } from './index';

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;
type Tree = Record<string, unknown>;

/** Every leaf of a dictionary as [dotted key, value]. */
const leaves = (tree: Tree, prefix = ''): [string, unknown][] =>
  Object.entries(tree).flatMap(([k, v]) => (v !== null && typeof v === 'object' ? leaves(v as Tree, `${prefix}${k}.`) : [[`${prefix}${k}`, v] as [string, unknown]]));

/** A message as a student reads it: functions called with sample numbers. */
const rendered = (value: unknown) => (typeof value === 'function' ? value(...Array.from({ length: value.length }, () => 3)) : value);

/** The failure message of an assertion that must fail. */
function failureOf(assertion: () => void): string {
  try {
    assertion();
  } catch (e) {
    if (e instanceof CheckFailed) return e.failure.message;
    throw e;
  }
  throw new Error('the assertion passed');
}

afterEach(() => setRunnerLang('ko'));

describe('runner dictionaries', () => {
  const ko = new Map(leaves(runnerKo as unknown as Tree));
  const en = new Map(leaves(runnerEn as unknown as Tree));

  it('have the same keys and parameters, and no empty message', () => {
    expect([...en.keys()].sort()).toEqual([...ko.keys()].sort());
    for (const [key, k] of ko) {
      const e = en.get(key);
      expect(typeof e, key).toBe(typeof k);
      if (typeof k === 'function') expect((e as (...a: unknown[]) => unknown).length, key).toBe(k.length);
      for (const v of [k, e]) expect(String(rendered(v)).trim(), key).not.toBe('');
    }
  });

  it('English has no Hangul', () => {
    for (const [key, value] of en) expect(String(rendered(value)), key).not.toMatch(HANGUL);
  });

  it('default to Korean, follow the language set, and ignore a malformed one', () => {
    expect(runnerLang()).toBe('ko');
    setRunnerLang('en');
    expect(runnerText()).toBe(runnerEn);
    setRunnerLang('fr' as never);
    expect(runnerLang()).toBe('en');
  });
});

describe('messages made in the runner follow the language', () => {
  it('check failures: assertions, table checks and thrown errors', async () => {
    expect(failureOf(() => checkExpect(4, 'orders').toBe(5))).toBe('orders: 값이 다릅니다.');
    setRunnerLang('en');
    expect(failureOf(() => checkExpect(4, 'orders').toBe(5))).toBe('orders: The value differs.');
    expect(failureOf(() => checkExpect(1).not.toBe(1))).toBe('(negated) The value differs.');

    const outputs: Output[] = [];
    const h = createCheckHarness({
      emit: (o) => outputs.push(o),
      transport: async () => ({ columns: [{ name: 'n', type: 'BIGINT' }], rows: [{ n: 1 }, { n: 2 }], rowCount: 2 }),
    });
    const { check, expectTable } = h.begin();
    check('rows', () => expectTable('t').toHaveRowCount(3));
    check('throws', () => {
      throw new ReferenceError('report is not defined');
    });
    await h.run('visible');
    const messages = outputs.flatMap((o) => (o.kind === 'check' ? [(o.result as CheckResult).failure?.message] : []));
    expect(messages).toEqual([
      'Wrong number of rows: expected 3, found 2.',
      'There is no name report. Check that you did not rename it in the starter code and that the cell ran to the end.',
    ]);
  });

  it('simulator timeline and chart labels', () => {
    const { host, outputs, charts } = testHost('2024-01-16T00:00:00');
    const sim = createSim(host);
    const source = sim.source({ seed: 3, rate: 2, duration: '5m', delay: { jitter: '2s' } });
    const run = sim.processor({ name: 'stream', perEvent: '100ms', window: sim.tumbling('1m', { watermark: '10s' }) }).run(source);
    run.timeline({ limit: 20 });
    const ko = outputs.at(-1) as TimelineOutput;
    expect(ko.lanes.map((l) => l.label)).toContain('도착');
    expect(ko.marker?.label).toBe('워터마크');

    setRunnerLang('en');
    run.timeline({ limit: 20 });
    run.chart('latency');
    const tl = outputs.at(-1) as TimelineOutput;
    expect(tl.lanes.map((l) => l.label)).toEqual(['Happened (event time)', 'Arrived', 'Processed', 'Window (event time)', 'Result out']);
    expect(tl.marker?.label).toBe('Watermark');
    expect(tl.title).toBe('stream: event flow');
    const text = JSON.stringify({ lanes: tl.lanes, counters: tl.counters?.map((c) => c.label), legend: tl.legend, items: tl.items.map((i) => i.label), chart: charts.at(-1) });
    expect(text).not.toMatch(HANGUL);
  });

  it('retry timeline labels and the note on cut text', async () => {
    setRunnerLang('en');
    const result = await retry(flaky({ downFor: '3s', failureRate: 0, latency: '100ms' }), { delay: '2s', label: 'exp' });
    const tl = retryTimeline([result]);
    expect(tl.title).toBe('Retry attempts');
    expect(tl.items.map((i) => i.label)).toContain('exp · Attempt 3: Succeeded');
    expect(JSON.stringify(tl)).not.toMatch(HANGUL);
    expect(truncateText('x'.repeat(12), 10)).toBe('xxxxxxxxxx… (2 more characters not shown)');
    setRunnerLang('ko');
    expect(truncateText('x'.repeat(12), 10)).toBe('xxxxxxxxxx… (나머지 2자는 표시하지 않았습니다)');
  });
});
