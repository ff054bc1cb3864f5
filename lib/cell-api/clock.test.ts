import { describe, expect, it } from 'vitest';
import { DEFAULT_CLOCK } from '@/lib/lesson/schema';
import { clockMacrosSql } from '@/lib/kernel/duckdb-sql';
import { clockText, createRunnerClock, FALLBACK_CLOCK } from './clock';

describe('the runner clock', () => {
  it('reads the lesson clock like the SQL macros: now, today, yesterday', () => {
    const { api } = createRunnerClock(() => {}, { start: '2024-03-01T00:30:00', now: '2024-03-01T00:30:00' });
    expect(api.now().toISOString()).toBe('2024-03-01T00:30:00.000Z');
    expect(api.today()).toBe('2024-03-01');
    expect(api.yesterday()).toBe('2024-02-29');
    expect(api.daysAgo(7)).toBe('2024-02-23');
    expect(api.format()).toBe('2024-03-01 00:30:00');
    expect(api.format(api.now(), 'HH:mm')).toBe('00:30');
  });

  it('advance, set and reset move it and report the new clock text (once per change)', () => {
    const changes: string[] = [];
    const clock = createRunnerClock((t) => changes.push(t), { start: '2024-01-16T09:00:00', now: '2024-01-16T09:00:00' });
    clock.api.advance({ hours: 15 });
    expect(clock.api.today()).toBe('2024-01-17');
    clock.api.advance('250ms');
    clock.api.advance(0);
    clock.api.set('2024-02-01');
    clock.api.reset();
    expect(changes).toEqual(['2024-01-17T00:00:00', '2024-01-17T00:00:00.250', '2024-02-01T00:00:00', '2024-01-16T09:00:00']);
    // Every text the clock reports is one the SQL macros accept.
    for (const text of changes) expect(() => clockMacrosSql(text)).not.toThrow();
  });

  it('adopts the page clock at each run and refuses bad input', () => {
    const clock = createRunnerClock(() => {});
    expect(clock.api.format()).toBe('2024-01-16 09:00:00');
    clock.sync({ start: '2024-01-16T09:00:00', now: '2024-05-05T05:05:05' });
    expect(clock.api.format()).toBe('2024-05-05 05:05:05');
    expect(clock.api.start.toISOString()).toBe('2024-01-16T09:00:00.000Z');
    expect(() => clock.api.advance(-1)).toThrow(/clock.advance/);
    expect(() => clock.api.set('tomorrow')).toThrow(/clock.set/);
    expect(clock.api.add('2024-01-31', { days: 1 }).toISOString()).toBe('2024-02-01T00:00:00.000Z');
  });

  it('falls back to the lesson default clock and writes SQL-ready clock text', () => {
    expect(FALLBACK_CLOCK).toBe(DEFAULT_CLOCK);
    expect(clockText(Date.UTC(2024, 0, 2, 3, 4, 5))).toBe('2024-01-02T03:04:05');
    expect(clockText(Date.UTC(2024, 0, 2, 3, 4, 5, 60))).toBe('2024-01-02T03:04:05.060');
  });
});
