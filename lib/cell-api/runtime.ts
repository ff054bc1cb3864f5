/**
 * The runner's core, separate from the worker file so it can be driven in-process by tests:
 * installs the cell API once, then evaluates `run` messages one at a time, streams their
 * outputs and ends each with exactly one `done`.
 */
import type { Output } from '@/lib/kernel/outputs';
import type { DoneMessage, PageToRunner, RunMessage, RunnerToPage } from '@/lib/kernel/protocol';
import { createSqlBridge } from './bridge';
import { createLakeBridge } from './lake-bridge';
import { toDisplayOutput } from './display';
import { serializeError } from './errors';
import { createRunnerClock } from './clock';
import { installCellApi } from './install';
import { installCheckHarness } from '@/lib/checks/harness';
import { withColumns } from './table';
import { setRunnerLang } from '@/lib/i18n/runner';

/** The message channel to the page (the worker's `self`, or a MessagePort in tests). */
export interface RunnerEndpoint {
  /** `transfer`: buffers to move rather than copy (Arrow data sent to the lake). */
  post(message: RunnerToPage, transfer?: Transferable[]): void;
  listen(handler: (message: PageToRunner) => void): void;
}

/** Hooks the worker wires to its global error events. */
export interface RunnerRuntime {
  /** Fails the running cell with an error thrown outside its promise chain; false when idle. */
  failCurrentRun(reason: unknown): boolean;
}

interface ActiveRun {
  runId: number;
  finished: boolean;
}

type DoneResult = { ok: true; value?: Output } | { ok: false; error: ReturnType<typeof serializeError> };

/**
 * Two macrotasks: lets `unhandledrejection` of promises dropped by the cell fire before `done`.
 * Chromium queues that event as a task of its own after the microtask checkpoint, which a single
 * `setTimeout(0)` scheduled earlier can overtake (seen in a real worker: timer, then rejection).
 */
const nextTask = () =>
  new Promise<void>((resolve) => setTimeout(() => setTimeout(resolve, 0), 0));

/**
 * Starts a runner on `endpoint`. `scope` is the global object compiled cells see (the worker's
 * global; tests pass `globalThis`).
 */
export function startRunner(endpoint: RunnerEndpoint, options: { scope?: object } = {}): RunnerRuntime {
  const scope = (options.scope ?? globalThis) as Record<string, unknown>;
  let active: ActiveRun | null = null;

  function safePost(message: RunnerToPage, fallback: () => RunnerToPage) {
    try {
      endpoint.post(message);
    } catch {
      // Outputs are normalised to cloneable data; this only guards against the unexpected.
      endpoint.post(fallback());
    }
  }

  const emit = (output: Output) => {
    if (!active) return; // output from a task that outlived its run: nobody is listening
    const runId = active.runId;
    safePost({ type: 'output', runId, output }, () => ({ type: 'output', runId, output: { kind: 'text', text: '[an output that could not be sent to the page]' } }));
  };
  const bridge = createSqlBridge((m) => endpoint.post(m));
  // A moved clock goes to the page in order with the queries, so SQL sees it from the next one on.
  const clock = createRunnerClock((text) => {
    if (active) endpoint.post({ type: 'clock', runId: active.runId, clock: text });
  });
  const lakeBridge = createLakeBridge((m, transfer) => endpoint.post(m, transfer));
  const transport = (op: 'query' | 'exec', text: string, params: unknown[]) => bridge.request(active?.runId ?? -1, op, text, params);
  const capture = installCellApi(scope, {
    emit,
    transport,
    load: (table, columns, rowCount, mode) => bridge.load(active?.runId ?? -1, table, columns, rowCount, mode),
    clock,
    lake: (call) => lakeBridge.request(active?.runId ?? -1, call),
  });
  installCheckHarness(scope, { emit, transport }); // exercise checks run in this same runtime

  function finish(run: ActiveRun, result: DoneResult) {
    run.finished = true;
    capture.end();
    active = null;
    const done = { type: 'done', runId: run.runId, ...result } as DoneMessage;
    safePost(done, () => ({ type: 'done', runId: run.runId, ok: false, error: { name: 'DataCloneError', message: 'the cell value could not be sent to the page' } }));
  }

  async function run(msg: RunMessage) {
    if (active) {
      endpoint.post({ type: 'done', runId: msg.runId, ok: false, error: { name: 'Busy', message: `run ${active.runId} is still in progress` } });
      return;
    }
    if (msg.clock) clock.sync(msg.clock);
    const current: ActiveRun = { runId: msg.runId, finished: false };
    capture.begin(); // before `active` is set: lines still pending from stray tasks are dropped
    active = current;
    try {
      // Indirect eval: global scope, sloppy mode, so top-level declarations become globals.
      const fn: unknown = (0, eval)(msg.code);
      if (typeof fn !== 'function') throw new TypeError(`compiled cell ${msg.cellId} did not evaluate to a function`);
      const value: unknown = await fn();
      await nextTask();
      if (!current.finished) finish(current, { ok: true, value: toDisplayOutput(value) });
    } catch (e) {
      if (!current.finished) finish(current, { ok: false, error: serializeError(e) });
    }
  }

  endpoint.listen((msg) => {
    switch (msg.type) {
      case 'run': void run(msg); break;
      case 'sql-reply': bridge.handleReply(msg); break;
      case 'lake-reply': lakeBridge.handleReply(msg); break;
      case 'ping': endpoint.post({ type: 'pong' }); break;
      case 'lang': setRunnerLang(msg.lang); break;
      case 'bind':
        scope[msg.name] = msg.columns && Array.isArray(msg.value) ? withColumns(msg.value, msg.columns) : msg.value;
        break;
    }
  });
  endpoint.post({ type: 'ready' });

  return {
    failCurrentRun(reason) {
      if (!active || active.finished) return false;
      // Like Node's default: an unhandled rejection ends the run, so the student sees it now.
      finish(active, { ok: false, error: serializeError(reason) });
      return true;
    },
  };
}
