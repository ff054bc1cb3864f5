/**
 * Pure helpers of the timeline view: where things go, what is visible at the playhead, axis
 * ticks and labels. Kept out of the component so they are unit-tested.
 */
import type { TimelineItem, TimelineOutput, TimelineTone } from '@/lib/kernel/outputs';
import { currentFullMessages as currentMessages } from '@/lib/i18n/full';

/** Colours per tone: Okabe–Ito, colour-blind friendly, readable on white. */
export const TONE_COLORS: Record<TimelineTone, string> = {
  event: '#56B4E9', ok: '#009E73', late: '#E69F00', dropped: '#D55E00', corrected: '#CC79A7',
  error: '#E69F00', fatal: '#D55E00', wait: '#C7CCD1', window: '#0072B2', batch: '#0072B2',
};

/** The value of a step series at time `at` (the last point at or before it), or undefined before the first. */
export function valueAt(points: readonly number[], at: number): number | undefined {
  let lo = 0, hi = points.length / 2 - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (points[2 * mid] <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found < 0 ? undefined : points[2 * found + 1];
}

/** How many of the sorted `times` are at or before `at`. */
export function countUpTo(times: readonly number[], at: number): number {
  let lo = 0, hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Each flow's points in time order: the path one event takes through the lanes. */
export function flowPaths(items: readonly TimelineItem[]): { lane: number; at: number }[][] {
  const flows = new Map<number, { lane: number; at: number }[]>();
  for (const item of items) {
    if (item.flow === undefined) continue;
    let path = flows.get(item.flow);
    if (!path) flows.set(item.flow, (path = []));
    path.push({ lane: item.lane, at: item.at });
  }
  return [...flows.values()].map((p) => p.sort((a, b) => a.at - b.at || a.lane - b.lane)).filter((p) => p.length > 1);
}

const STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000, 900_000, 1_800_000, 3_600_000, 7_200_000, 21_600_000, 43_200_000, 86_400_000];

/** Round tick times across [start, end] for about `target` ticks. */
export function ticks(start: number, end: number, target = 6): number[] {
  const span = Math.max(end - start, 1);
  const step = STEPS.find((s) => span / s <= target) ?? Math.ceil(span / target / 86_400_000) * 86_400_000;
  const out: number[] = [];
  for (let x = Math.ceil(start / step) * step; x <= end; x += step) out.push(x);
  return out;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** An axis or playhead label: a wall-clock time (with ms when the span is short) or seconds elapsed. */
export function timeLabel(at: number, output: Pick<TimelineOutput, 'axis' | 'start' | 'end'>): string {
  const span = output.end - output.start;
  if (output.axis === 'elapsed') {
    const s = (at - output.start) / 1000;
    return currentMessages().timeline.elapsed(span < 10_000 ? s.toFixed(2) : span < 100_000 ? s.toFixed(1) : Math.round(s).toLocaleString(currentMessages().locale));
  }
  const d = new Date(at);
  const hms = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return span < 10_000 ? `${hms}.${pad(d.getUTCMilliseconds(), 3)}` : hms;
}

/** The tones that appear, in a fixed order, for the legend. */
export function tonesUsed(items: readonly TimelineItem[]): TimelineTone[] {
  const used = new Set(items.map((i) => i.tone));
  return (Object.keys(TONE_COLORS) as TimelineTone[]).filter((tone) => used.has(tone));
}
