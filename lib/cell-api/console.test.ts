import { describe, expect, it } from 'vitest';
import type { ConsoleOutput, Output } from '@/lib/kernel/outputs';
import { CONSOLE_BATCH_LINES, MAX_CONSOLE_LINES } from './caps';
import { consoleTableRows, createConsoleCapture } from './console';

function setup() {
  const outputs: Output[] = [];
  const timers: (() => void)[] = [];
  const capture = createConsoleCapture({
    emit: (o) => outputs.push(o),
    setTimer: (fn) => timers.push(fn),
    clearTimer: () => {},
  });
  const fire = () => timers.splice(0).forEach((fn) => fn());
  return { outputs, capture, c: capture.console, fire };
}

const lines = (outputs: Output[]) => outputs.flatMap((o) => (o.kind === 'console' ? o.lines : []));

describe('console capture', () => {
  it('batches lines until the timer fires', () => {
    const { outputs, c, fire } = setup();
    c.log('a', 1);
    c.warn('careful');
    c.error(new Error('bad'));
    c.info({ x: 1 });
    c.debug('dbg');
    expect(outputs).toEqual([]);
    fire();
    expect(outputs).toEqual([
      {
        kind: 'console',
        lines: [
          { level: 'log', text: 'a 1' },
          { level: 'warn', text: 'careful' },
          { level: 'error', text: 'Error: bad' },
          { level: 'info', text: '{ x: 1 }' },
          { level: 'log', text: 'dbg' },
        ],
      },
    ]);
  });

  it('flushes a full batch at once', () => {
    const { outputs, c } = setup();
    for (let i = 0; i < CONSOLE_BATCH_LINES; i++) c.log(i);
    expect(outputs.length).toBe(1);
    expect((outputs[0] as ConsoleOutput).lines.length).toBe(CONSOLE_BATCH_LINES);
  });

  it('caps a run at 1,000 lines and says how many were omitted', () => {
    const { outputs, capture, c } = setup();
    capture.begin();
    for (let i = 0; i < 5_000; i++) c.log(i);
    capture.end();
    const all = lines(outputs);
    expect(all.length).toBe(MAX_CONSOLE_LINES + 1);
    expect(all.at(-1)).toEqual({ level: 'warn', text: '… 출력 4,000줄을 더 생략했습니다 (한 번 실행에 1,000줄까지만 보여 줍니다)' });
    capture.begin();
    c.log('next run');
    capture.end();
    expect(lines(outputs).at(-1)?.text).toBe('next run');
  });

  it('caps total characters per run and truncates a huge line', () => {
    const { outputs, capture, c } = setup();
    capture.begin();
    for (let i = 0; i < 20; i++) c.log('x'.repeat(200_000));
    capture.end();
    const all = lines(outputs);
    expect(all[0].text.length).toBeLessThan(100_100);
    expect(all.reduce((n, l) => n + l.text.length, 0)).toBeLessThan(1_100_000);
    expect(all.at(-1)?.text).toMatch(/줄을 더 생략했습니다/);
  });

  it('console.table emits a table after the lines logged before it', () => {
    const { outputs, c } = setup();
    c.log('before');
    c.table([{ a: 1 }, { a: 2, b: 'x' }]);
    expect(outputs.map((o) => o.kind)).toEqual(['console', 'table']);
    expect(outputs[1]).toMatchObject({ kind: 'table', rowCount: 2, columns: [{ name: '(index)' }, { name: 'a' }, { name: 'b' }] });
    c.table([{ a: 1, b: 2 }], ['b']);
    expect((outputs[2] as { columns: { name: string }[] }).columns.map((x) => x.name)).toEqual(['(index)', 'b']);
    c.table('not tabular');
    expect(outputs.length).toBe(3); // logged as a line instead, pending
  });

  it('console.assert logs only failures; other methods fall through', () => {
    const { outputs, c, fire } = setup();
    c.assert(true, 'fine');
    c.assert(false, 'n is %d', 3);
    fire();
    expect(lines(outputs)).toEqual([{ level: 'error', text: 'Assertion failed: n is 3' }]);
    expect(typeof c.time).toBe('function');
  });
});

describe('consoleTableRows', () => {
  it('adds the (index) column like a browser', () => {
    expect(consoleTableRows([{ a: 1 }, 5])).toEqual([{ '(index)': '0', a: 1 }, { '(index)': '1', Values: 5 }]);
    expect(consoleTableRows({ x: { a: 1 } })).toEqual([{ '(index)': 'x', a: 1 }]);
    expect(consoleTableRows(3)).toBeUndefined();
  });
});

describe('console timers, counters and groups', () => {
  it('time / timeEnd report elapsed milliseconds; unknown timers warn', () => {
    const { outputs, c, fire } = setup();
    c.time('load');
    c.timeLog('load', 'halfway');
    c.timeEnd('load');
    c.timeEnd('load');
    fire();
    const texts = lines(outputs);
    expect(texts[0].text).toMatch(/^load: \d+\.\d ms halfway$/);
    expect(texts[1].text).toMatch(/^load: \d+\.\d ms$/);
    expect(texts[2]).toEqual({ level: 'warn', text: "Timer 'load' does not exist" });
  });

  it('count counts per label; group indents until groupEnd', () => {
    const { outputs, c, fire } = setup();
    c.count();
    c.count('rows');
    c.count();
    c.group('batch 1');
    c.log('a\nb');
    c.groupEnd();
    c.log('after');
    fire();
    expect(lines(outputs).map((l) => l.text)).toEqual(['default: 1', 'rows: 1', 'default: 2', 'batch 1', '  a\n  b', 'after']);
  });
});
