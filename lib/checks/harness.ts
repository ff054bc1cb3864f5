/**
 * The runner side of exercise checks. Check code registers checks with `check(name, fn)`; the page
 * then asks the harness to run them, in order, each on its own: a failure or a thrown error fails
 * that check and the next one still runs. Each result is emitted as a `check` output as soon as it
 * is known, so a check that hangs until the time limit still leaves the earlier results.
 *
 * The API reaches check code as locals (see `checkCellCode` in lib/exercise/check-code.ts), never
 * as globals, so a student's variable named `expect` or `sql` cannot change how checks judge.
 */
import type { Output } from '@/lib/kernel/outputs';
import { createSqlApi, type SqlTransport } from '@/lib/cell-api/sql';
import { errorText } from '@/lib/cell-api/format';
import { runnerText } from '@/lib/i18n/runner';
import { CheckFailed, expect } from './expect';
import { TableExpectation, type RowsInput } from './table';
import type { CheckDataset, CheckFailure, CheckResult } from './types';

/** Where the harness lives on the runner's global object. */
export const HARNESS_KEY = Symbol.for('de-notebook.checks');

type CheckFn = () => unknown;

interface Registered {
  name: string;
  fn: CheckFn;
}

/** What the harness needs from the runner. */
export interface HarnessHost {
  emit(output: Output): void;
  transport: SqlTransport;
}

/** The harness's face on the runner global. */
export interface CheckHarness {
  /** Forgets registered checks (an earlier Check that was stopped halfway) and returns the API. */
  begin(): CheckApi;
  /** The API for the second and later check cells of an exercise. */
  readonly api: CheckApi;
  /** Runs the registered checks in order, emitting one `check` output each, then forgets them. */
  run(dataset: CheckDataset): Promise<number>;
}

/** What check code can call. */
export type CheckApi = ReturnType<typeof createApi>;

function createApi(host: HarnessHost, register: (r: Registered) => void, track: <T>(p: Promise<T>) => Promise<T>) {
  const { sql, db } = createSqlApi(host.transport);
  const deps = { query: (text: string) => db.query(text), track };
  return {
    /** Registers a check: `check('다섯 행이다', async () => { … })`. */
    check(name: string, fn: CheckFn): void {
      if (typeof name !== 'string' || name.trim() === '') throw new TypeError('check(name, fn): name must be a non-empty string');
      if (typeof fn !== 'function') throw new TypeError(`check('${name}', fn): fn must be a function`);
      register({ name, fn });
    },
    expect,
    /** Assertions on a table name, rows, or a query: `await expectTable('t').toHaveRowCount(5)`. */
    expectTable: (target: string | RowsInput, note?: string) => new TableExpectation(target, deps, note),
    /** Assertions on a file DuckDB can read (a data file or a lake file). */
    expectFile: (path: string, note?: string) => ({
      toExist: () =>
        track(
          (async () => {
            const n = await sql.value`SELECT COUNT(*) FROM glob(${path})`;
            if (!n) throw new CheckFailed({ message: note ? `${note}: ${runnerText().checks.fileMissing(path)}` : runnerText().checks.fileMissing(path) });
          })(),
        ),
    }),
    sql,
    db,
  };
}

/** The failure a thrown value means for the student. */
export function failureOf(thrown: unknown): CheckFailure {
  if (thrown instanceof CheckFailed) return thrown.failure;
  const error = thrown as { name?: unknown; message?: unknown };
  const missing = error?.name === 'ReferenceError' && /^(\S+) is not defined/.exec(String(error.message));
  if (missing) return { message: runnerText().checks.notDefined(missing[1]) };
  return { message: runnerText().checks.threw(thrown instanceof Error || (error && 'message' in error) ? errorText(error) : String(thrown)) };
}

/** Creates the harness for one runner. */
export function createCheckHarness(host: HarnessHost): CheckHarness {
  let registered: Registered[] = [];
  let pending: Promise<unknown>[] | undefined;
  const track = <T>(work: Promise<T>): Promise<T> => {
    pending?.push(work);
    work.catch(() => {}); // reported through the check, never as an unhandled rejection
    return work;
  };
  const api = createApi(host, (r) => registered.push(r), track);

  async function runOne(check: Registered, index: number, dataset: CheckDataset): Promise<CheckResult> {
    const mine: Promise<unknown>[] = [];
    pending = mine;
    try {
      await check.fn();
      // Assertions the author forgot to await still count.
      for (const p of mine) await p;
      return { index, name: check.name, status: 'pass', dataset };
    } catch (e) {
      return { index, name: check.name, status: 'fail', failure: failureOf(e), dataset };
    } finally {
      pending = undefined;
    }
  }

  return {
    begin() {
      registered = [];
      return api;
    },
    api,
    async run(dataset) {
      const checks = registered;
      registered = [];
      for (const [i, check] of checks.entries()) {
        host.emit({ kind: 'check', result: await runOne(check, i, dataset) });
      }
      return checks.length;
    },
  };
}

/** Puts a harness on the runner global (non-enumerable, like the cell API). */
export function installCheckHarness(target: object, host: HarnessHost): void {
  Object.defineProperty(target, HARNESS_KEY, { value: createCheckHarness(host), configurable: true });
}
