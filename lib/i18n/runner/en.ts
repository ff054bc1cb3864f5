/** Runner-side strings in English: the same keys as `runnerKo` (the type enforces it). */
import type { RunnerMessages } from './index';

export const runnerEn: RunnerMessages = {
  number: (n: number) => n.toLocaleString('en-US'),
  checks: {
    rowCount: (expected: number, actual: number) => `Wrong number of rows: expected ${expected}, found ${actual}.`,
    tableMissing: (name: string) => `Table not found: ${name}`,
    queryFailed: (message: string) => `Could not read the result: ${message}`,
    notRows: (what: string) => `Expected a table (a list of rows), found ${what}.`,
    columnsMissing: (missing: string, present: string) => `Missing columns: ${missing} (columns present: ${present || 'none'})`,
    columnsExtra: (extra: string) => `Unexpected columns: ${extra}`,
    columnType: (column: string, expected: string, actual: string) => `Column ${column} should be ${expected}, found ${actual}.`,
    rowsDiffer: (missing: number, extra: number) =>
      missing > 0 && extra > 0
        ? `${missing} expected rows are missing from the result, and ${extra} unexpected rows are in it.`
        : missing > 0
          ? `${missing} expected rows are missing from the result.`
          : `${extra} unexpected rows are in the result.`,
    emptyResult: (expected: number) => `The result is empty (0 rows). It should have ${expected} rows.`,
    rowsOutOfOrder: (row: number) => `Rows differ from row ${row} on (the order of rows must match too).`,
    duplicates: (key: string, count: number, example: string) => `${count} pairs of rows share the same ${key} (for example ${example}). Each key must have one row.`,
    fileMissing: (path: string) => `File not found: ${path}`,
    notDefined: (name: string) => `There is no name ${name}. Check that you did not rename it in the starter code and that the cell ran to the end.`,
    threw: (error: string) => `The check failed with an error: ${error}`,
    value: {
      toBe: 'The value differs.',
      toEqual: 'The value differs.',
      toBeCloseTo: (tolerance: number) => `The value is outside the tolerance (±${tolerance}).`,
      toBeTruthy: 'Should be true.',
      toBeFalsy: 'Should be false.',
      toBeDefined: 'Should have a value, but is undefined.',
      toBeNull: 'Should be null.',
      compare: (op: string) => `The value does not satisfy ${op}.`,
      toContain: 'The value looked for is not in it.',
      toHaveLength: 'The length differs.',
      toMatch: 'Does not match the pattern.',
      negated: (message: string) => `(negated) ${message}`,
    },
  },
  toolkit: {
    lanes: { happened: 'Happened (event time)', arrived: 'Arrived', batch: 'Batch run', processed: 'Processed', window: 'Window (event time)', result: 'Result out' },
    counters: { happened: 'Happened', arrived: 'Arrived', processed: 'Processed', late: 'Late', dropped: 'Dropped', attempts: 'Attempts', failures: 'Failures' },
    watermark: 'Watermark',
    timelineTitle: (name: string) => `${name}: event flow`,
    batchLabel: (index: number, events: number) => `Batch ${index}: ${events.toLocaleString('en-US')} events`,
    windowLabel: (count: number, emittedAt: string) => `${count.toLocaleString('en-US')} events, emitted at ${emittedAt}`,
    latencyTitle: (name: string, bucket: string) => `${name}: end-to-end latency (event time → result, per ${bucket})`,
    throughputTitle: (name: string, bucket: string) => `${name}: events arrived and processed per ${bucket}`,
    windowsTitle: (name: string) => `${name}: events per window`,
    windowsCount: 'Events',
    seconds: 's',
    avg: 'Average',
    max: 'Max',
    arrived: 'Arrived',
    processed: 'Processed',
    retryTitle: 'Retry attempts',
    attempt: (n: number) => `Attempt ${n}`,
    waited: (what: string) => `Waited ${what}`,
    succeeded: 'Succeeded',
    runLegend: { event: 'Event', ok: 'Processed', late: 'Arrived late', dropped: 'Dropped (window already closed)', corrected: 'Corrected (applied late)', window: 'Window', batch: 'Batch run' },
    retryLegend: { ok: 'Succeeded', error: 'Failed → retry', fatal: 'Failed → give up', wait: 'Wait (backoff)' },
  },
  limits: {
    moreChars: (n: string) => `… (${n} more characters not shown)`,
    moreLines: (n: string, cap: string) => `… ${n} more lines of output left out (one run shows at most ${cap} lines)`,
  },
};
