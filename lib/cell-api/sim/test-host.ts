/**
 * Test support: a `SimHost` that records what the toolkit would show or load, with a real lesson
 * clock, and helpers to write events in seconds after a fixed midnight. Never imported by page code.
 */
import type { Output } from '@/lib/kernel/outputs';
import { createRunnerClock } from '../clock';
import type { SimEvent, SimHost } from './types';

/** 2024-01-16 00:00:00 on the lesson clock. */
export const T0 = Date.UTC(2024, 0, 16);

/** A time `s` seconds after T0, in ms. */
export const sec = (s: number) => T0 + s * 1000;

/** An event that happened at `eventSec` and arrived at `arrivalSec` (seconds after T0). */
export function ev(id: number, eventSec: number, arrivalSec = eventSec, extra: Partial<SimEvent> = {}): SimEvent {
  return { id, source: 'test', type: 'event', key: `k${id}`, amount: 1, eventTime: sec(eventSec), arrivalTime: sec(arrivalSec), ...extra };
}

/** A host whose outputs, charts and loads are recorded in arrays. */
export function testHost(clock = '2024-01-16T09:00:00') {
  const outputs: Output[] = [];
  const charts: unknown[] = [];
  const loads: { table: string; rows: readonly unknown[] }[] = [];
  const moves: string[] = [];
  const host: SimHost = {
    emit: (o) => void outputs.push(o),
    chart: (spec) => void charts.push(spec),
    load: async (table, rows) => {
      loads.push({ table, rows });
      return rows.length;
    },
    clock: createRunnerClock((text) => moves.push(text), { start: clock, now: clock }),
  };
  return { host, outputs, charts, loads, moves };
}
