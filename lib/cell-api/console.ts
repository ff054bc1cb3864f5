/**
 * Console capture for cell runs: `console.log/info/warn/error/debug/table/time/count/group...` become `console` and
 * `table` outputs, batched (every ~30 ms or 500 lines) so a chatty loop costs few messages, and
 * capped per run (1,000 lines, 1 MB) with a closing line that says how many lines were omitted.
 */
import type { ConsoleLevel, ConsoleLine, Output } from '@/lib/kernel/outputs';
import { CONSOLE_BATCH_LINES, CONSOLE_FLUSH_MS, MAX_CONSOLE_CHARS, MAX_CONSOLE_LINES, MAX_TEXT_CHARS, formatCount } from './caps';
import { truncateText } from './truncate';
import { formatArgs, inspect } from './format';
import { toTableOutput } from './table';
import { runnerText } from '@/lib/i18n/runner';

/** Dependencies of a capture; timers are injectable for tests. */
export interface ConsoleCaptureOptions {
  emit(output: Output): void;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/** The capture: a console object to install, and run boundaries. */
export interface ConsoleCapture {
  /** Replacement console; methods not captured fall through to `fallback`. */
  console: Console;
  /** Resets the per-run caps; call when a run starts. */
  begin(): void;
  /** Flushes pending lines and the omitted-lines note; call when a run ends. */
  end(): void;
  /** Posts pending lines now (before another output, to keep the order). */
  flush(): void;
}

/** `console.table(data)` rows the way a browser shows them, with an `(index)` column. */
export function consoleTableRows(data: unknown): Record<string, unknown>[] | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const entries: [string, unknown][] = Array.isArray(data) ? data.map((v, i) => [String(i), v]) : Object.entries(data);
  return entries.map(([index, v]) =>
    typeof v === 'object' && v !== null && !Array.isArray(v) ? { '(index)': index, ...v } : { '(index)': index, Values: v },
  );
}

/** Creates a capture; `fallback` provides the methods that are not captured (profile, ...). */
export function createConsoleCapture(options: ConsoleCaptureOptions, fallback: Console = console): ConsoleCapture {
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  let pending: ConsoleLine[] = [];
  let timer: unknown;
  let lines = 0;
  let chars = 0;
  let omitted = 0;
  let indent = '';
  const timers = new Map<string, number>();
  const counts = new Map<string, number>();

  function flush() {
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    options.emit({ kind: 'console', lines: batch });
  }

  function push(level: ConsoleLevel, text: string) {
    if (lines >= MAX_CONSOLE_LINES || chars >= MAX_CONSOLE_CHARS) {
      omitted++;
      return;
    }
    if (indent) text = indent + text.replace(/\n/g, `\n${indent}`);
    const kept = truncateText(text, Math.min(MAX_TEXT_CHARS, MAX_CONSOLE_CHARS - chars));
    lines++;
    chars += kept.length;
    pending.push({ level, text: kept });
    if (pending.length >= CONSOLE_BATCH_LINES) flush();
    else if (timer === undefined) timer = setTimer(flush, CONSOLE_FLUSH_MS);
  }

  const log = (level: ConsoleLevel) => (...args: unknown[]) => push(level, formatArgs(args));
  const elapsed = (label: string, rest: unknown[], end: boolean) => {
    const start = timers.get(label);
    if (start === undefined) return push('warn', `Timer '${label}' does not exist`);
    if (end) timers.delete(label);
    const ms = (performance.now() - start).toFixed(1);
    push('log', `${label}: ${ms} ms${rest.length ? ` ${formatArgs(rest)}` : ''}`);
  };
  const captured = {
    log: log('log'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    debug: log('log'),
    trace: log('log'),
    dir: (value: unknown) => push('log', inspect(value)),
    assert: (condition: unknown, ...args: unknown[]) => {
      if (!condition) push('error', `Assertion failed${args.length ? `: ${formatArgs(args)}` : ''}`);
    },
    time: (label = 'default') => void timers.set(String(label), performance.now()),
    timeLog: (label = 'default', ...rest: unknown[]) => elapsed(String(label), rest, false),
    timeEnd: (label = 'default') => elapsed(String(label), [], true),
    count: (label = 'default') => {
      const n = (counts.get(String(label)) ?? 0) + 1;
      counts.set(String(label), n);
      push('log', `${label}: ${n}`);
    },
    countReset: (label = 'default') => void counts.delete(String(label)),
    group: (...args: unknown[]) => {
      if (args.length) push('log', formatArgs(args));
      indent += '  ';
    },
    groupEnd: () => void (indent = indent.slice(2)),
    table: (data: unknown, columns?: string[]) => {
      const rows = consoleTableRows(data);
      if (!rows) return push('log', formatArgs([data]));
      if (lines >= MAX_CONSOLE_LINES) return void omitted++;
      flush();
      lines++;
      options.emit(toTableOutput(rows, columns ? { columns: ['(index)', ...columns] } : {}));
    },
  };
  const replacement = Object.assign(Object.create(fallback) as Console, captured, { groupCollapsed: captured.group });

  return {
    console: replacement,
    begin() {
      flush();
      lines = chars = omitted = 0;
      indent = '';
      timers.clear();
      counts.clear();
    },
    end() {
      if (omitted > 0) {
        pending.push({ level: 'warn', text: runnerText().limits.moreLines(formatCount(omitted), formatCount(MAX_CONSOLE_LINES)) });
        omitted = 0;
      }
      flush();
    },
    flush,
  };
}
