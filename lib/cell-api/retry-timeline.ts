/**
 * Retry attempts as rows and as a timeline: one lane per retry (strategy), each attempt a span
 * coloured by its outcome, each wait a grey span, on an axis of seconds since the first attempt.
 */
import { runnerText } from '@/lib/i18n/runner';
import type { TimelineItem, TimelineOutput } from '@/lib/kernel/outputs';
import type { RetryResult } from './retry';
import { countSeries } from './sim/run-timeline';
import { durationText, ToolkitError } from './time';

const sec = (ms: number) => Math.round(ms) / 1000;

/** Every attempt of the given retries as table rows (seconds since each retry's first attempt). */
export function retryRows(results: readonly RetryResult<unknown>[]): Record<string, unknown>[] {
  return results.flatMap((r) => r.attempts.map((a) => ({
    label: r.label, attempt: a.attempt, start_sec: sec(a.start), end_sec: sec(a.end),
    result: a.ok ? 'ok' : a.error, retried: a.retried, wait_sec: sec(a.wait),
  })));
}

/** The timeline output of one or more retries. */
export function retryTimeline(results: readonly RetryResult<unknown>[], title?: string): TimelineOutput {
  if (!Array.isArray(results) || results.length === 0 || !results.every((r) => Array.isArray(r?.attempts))) {
    throw new ToolkitError('retry.timeline expects the result of retry(...), or a list of them');
  }
  const items: TimelineItem[] = [];
  let end = 0;
  results.forEach((r, lane) => {
    for (const a of r.attempts) {
      const outcome = a.ok ? runnerText().toolkit.succeeded : a.error ?? '';
      items.push({ lane, at: a.start, end: a.end, tone: a.ok ? 'ok' : a.retried ? 'error' : 'fatal', label: `${r.label} · ${runnerText().toolkit.attempt(a.attempt)}: ${outcome}` });
      if (a.wait > 0) items.push({ lane, at: a.end, end: a.end + a.wait, tone: 'wait', label: `${r.label} · ${runnerText().toolkit.waited(durationText(a.wait))}` });
      end = Math.max(end, a.end + a.wait);
    }
  });
  const all = results.flatMap((r) => r.attempts);
  return {
    kind: 'timeline',
    title: title ?? runnerText().toolkit.retryTitle,
    start: 0,
    end: Math.max(end, 1),
    axis: 'elapsed',
    legend: runnerText().toolkit.retryLegend,
    lanes: results.map((r) => ({ label: r.label })),
    items,
    counters: [
      countSeries(runnerText().toolkit.counters.attempts, 'event', all.map((a) => a.start)),
      countSeries(runnerText().toolkit.counters.failures, 'error', all.filter((a) => !a.ok).map((a) => a.end)),
      countSeries(runnerText().toolkit.succeeded, 'ok', all.filter((a) => a.ok).map((a) => a.end)),
    ],
  };
}
