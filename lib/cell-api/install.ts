/**
 * Builds the cell API (`sql`, `db`, `display`, `table`, `chart`, captured `console`, and the
 * toolkit of toolkit.ts) for one runner and puts it on the global object, where compiled cells
 * find it as plain globals.
 */
import type { Output } from '@/lib/kernel/outputs';
import { MAX_HTML_CHARS } from './caps';
import { truncateText } from './truncate';
import { validateChartSpec } from './chart';
import { createConsoleCapture, type ConsoleCapture } from './console';
import { toDisplayOutput } from './display';
import { createSqlApi, type SqlTransport } from './sql';
import { toTableOutput, type TableOptions } from './table';
import { createToolkit, type ToolkitHost } from './toolkit';
import { createDiagramFunction } from './diagram-api';
import { createLakeApi } from './lake';
import type { LakeTransport } from './lake-bridge';

/** What the API needs from its host (the runner): where outputs go, how SQL is sent. */
export interface CellApiHost extends Pick<ToolkitHost, 'load' | 'clock'> {
  emit(output: Output): void;
  transport: SqlTransport;
  /** How `lake` calls reach the page's lake (absent: every lake call fails with a clear error). */
  lake?: LakeTransport;
}

/** Creates the API functions without touching any global (unit tests use this directly). */
export function createCellApi(host: CellApiHost) {
  const capture = createConsoleCapture({ emit: host.emit });
  // Console lines written before an output must appear before it.
  const emit = (output: Output) => {
    capture.flush();
    host.emit(output);
  };
  const { sql, db } = createSqlApi(host.transport);
  const toolkit = createToolkit({ emit, load: host.load, clock: host.clock });
  return {
    capture,
    globals: {
      sql,
      db: Object.assign(db, { load: toolkit.load }),
      ...toolkit.globals,
      console: capture.console,
      /** Shows each value: rows as a table, strings as text, anything else formatted. */
      display(...values: unknown[]): void {
        for (const value of values) {
          const output = toDisplayOutput(value);
          if (output) emit(output);
        }
      },
      /** Shows rows as a table (capped at 10,000 rows; the true count is kept). */
      table(rows: readonly unknown[], options?: TableOptions): void {
        emit(toTableOutput(rows, options));
      },
      /** Shows HTML, inert (the page draws it in a sandboxed frame; see HtmlOutputView). */
      html(markup: unknown): void {
        emit({ kind: 'html', html: truncateText(String(markup), MAX_HTML_CHARS) });
      },
      /** Draws a chart; throws a readable ChartError when the spec cannot be drawn. */
      chart(spec: unknown): void {
        emit({ kind: 'chart', spec: validateChartSpec(spec) });
      },
      lake: createLakeApi(host.lake ?? (() => Promise.reject(new Error('the lake is not available here'))), emit),
      diagram: createDiagramFunction(emit),
    },
  };
}

/**
 * Installs the API on `target` (the worker's global scope). Properties stay writable: a cell that
 * declares its own `table` variable replaces the function, exactly as JavaScript would.
 */
export function installCellApi(target: object, host: CellApiHost): ConsoleCapture {
  const api = createCellApi(host);
  for (const [name, value] of Object.entries(api.globals)) {
    Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
  }
  return api.capture;
}
