import { describe, expect, it } from 'vitest';
import { dateText, durationText, formatTime, timestampText, toMs, toTime } from './time';

describe('toMs', () => {
  it.each([
    [1500, 1500], ['500ms', 500], ['90s', 90_000], ['5m', 300_000], ['1h30m', 5_400_000], ['1h 30m', 5_400_000],
    ['2d', 172_800_000], ['1.5s', 1500], [{ days: 1, hours: 2, minutes: 3, seconds: 4, ms: 5 }, 93_784_005],
  ] as const)('reads %j as %d ms', (d, ms) => {
    expect(toMs(d)).toBe(ms);
  });

  it.each(['5 minutes', '', 'm5', '-1s', -5, Infinity, null])('refuses %j with a readable message', (d) => {
    expect(() => toMs(d as never, 'delay')).toThrow(/delay/);
  });
});

describe('toTime and formatTime', () => {
  it('reads wall-clock text as UTC ms, independent of the machine time zone', () => {
    expect(toTime('2024-01-16')).toBe(Date.UTC(2024, 0, 16));
    expect(toTime('2024-01-16 09:00')).toBe(Date.UTC(2024, 0, 16, 9));
    expect(toTime('2024-01-16T09:00:05.25')).toBe(Date.UTC(2024, 0, 16, 9, 0, 5, 250));
    expect(toTime(new Date(Date.UTC(2024, 0, 1)))).toBe(Date.UTC(2024, 0, 1));
    expect(toTime(42)).toBe(42);
  });

  it.each(['2024-02-30', '2024-01-16 24:00', 'yesterday', '16/01/2024'])('refuses %j', (t) => {
    expect(() => toTime(t)).toThrow(/not a time/);
  });

  it('formats with tokens, and as DuckDB prints timestamps and dates', () => {
    const t = Date.UTC(2024, 1, 29, 23, 5, 9, 7);
    expect(formatTime(t)).toBe('2024-02-29 23:05:09');
    expect(formatTime(t, 'HH:mm:ss.SSS on DD/MM/YYYY')).toBe('23:05:09.007 on 29/02/2024');
    expect(timestampText(t)).toBe('2024-02-29 23:05:09.007');
    expect(timestampText(Date.UTC(2024, 0, 1))).toBe('2024-01-01 00:00:00');
    expect(dateText(t)).toBe('2024-02-29');
  });

  it('writes short durations for labels', () => {
    expect([850, 2000, 1500, 250_000, 7_500_000, 3_600_000].map(durationText)).toEqual(['850ms', '2s', '1.5s', '4m 10s', '2h 5m', '1h']);
  });
});
