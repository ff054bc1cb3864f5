import { describe, expect, it, vi } from 'vitest';
import type { CompiledCell } from '@/lib/compile/types';
import {
  compileErrorOutput, crashError, interruptedError, parseDuckDbError, runtimeErrorOutput, timeoutError, unavailableError,
} from './run-errors';

const compiled = { ok: true, cellId: 'c1', code: '', map: '', declared: [], hasValue: false } as CompiledCell;

describe('parseDuckDbError', () => {
  it('splits the error type, the message, and the LINE / caret position', () => {
    const e = new Error('Parser Error: syntax error at or near "FORM"\n\nLINE 2: SELECT * FORM t\n                 ^');
    expect(parseDuckDbError(e)).toEqual({
      kind: 'error', name: 'Parser Error',
      message: 'syntax error at or near "FORM"\n\nLINE 2: SELECT * FORM t\n                 ^',
      line: 2, column: 10,
    });
  });

  it('handles multi-word types, no position, and non-Error values', () => {
    expect(parseDuckDbError(new Error('Catalog Error: Table with name nope does not exist!'))).toEqual({
      kind: 'error', name: 'Catalog Error', message: 'Table with name nope does not exist!',
    });
    expect(parseDuckDbError('something odd')).toEqual({ kind: 'error', name: 'SQL Error', message: 'something odd' });
    const cancelled = Object.assign(new Error('Query cancelled'), { name: 'QueryCancelled' });
    expect(parseDuckDbError(cancelled)).toEqual({ kind: 'error', name: 'QueryCancelled', message: 'Query cancelled' });
    const wrapped = Object.assign(new Error('Binder Error: no column x'), { name: 'DuckDBError' });
    expect(parseDuckDbError(wrapped)).toMatchObject({ name: 'Binder Error', message: 'no column x' });
  });

  it('keeps the line but not the column when DuckDB elided the line', () => {
    const out = parseDuckDbError(new Error('Binder Error: x\n\nLINE 3: ...very long line here\n                 ^'));
    expect(out.line).toBe(3);
    expect(out.column).toBeUndefined();
  });
});

describe('compileErrorOutput', () => {
  it('locates the first error and counts the rest', () => {
    expect(compileErrorOutput([{ line: 2, column: 16, message: 'Expected expression' }, { line: 5, column: 1, message: 'x' }])).toEqual({
      kind: 'error', name: 'CompileError', message: 'Expected expression (and 1 more)', line: 2, column: 16,
    });
    expect(compileErrorOutput([]).message).toBe('the cell could not be compiled');
  });
});

describe('runtimeErrorOutput', () => {
  const error = { name: 'Error', message: 'too many', stack: 'Error: too many\n    at check (cell-c1.js:4:11)' };

  it('maps the stack to the cell through the source-map helpers', () => {
    const mapper = { locateRuntimeError: vi.fn(() => ({ line: 4, column: 11 })), cellStack: vi.fn(() => '    at check (cell:4:11)') };
    expect(runtimeErrorOutput(error, compiled, mapper)).toEqual({
      kind: 'error', name: 'Error', message: 'too many', line: 4, column: 11, stack: '    at check (cell:4:11)',
    });
    expect(mapper.locateRuntimeError).toHaveBeenCalledWith(error.stack, compiled);
  });

  it('still reports the message when there is no stack, no mapper, or mapping throws', () => {
    expect(runtimeErrorOutput({ name: 'Uncaught', message: 'x' }, compiled)).toEqual({ kind: 'error', name: 'Uncaught', message: 'x' });
    const broken = { locateRuntimeError: () => { throw new Error('bad map'); }, cellStack: () => '' };
    expect(runtimeErrorOutput(error, compiled, broken)).toEqual({ kind: 'error', name: 'Error', message: 'too many' });
  });
});

describe('interruption messages', () => {
  it('say what was lost and how to raise the limit', () => {
    expect(interruptedError('ts', true).message).toMatch(/^중지했습니다\. 런타임을 새로 시작했습니다\. .*변수는 사라졌.* DuckDB 테이블은 그대로 있습니다\.$/);
    expect(interruptedError('sql', false)).toEqual({ kind: 'error', name: 'Interrupted', message: '중지했습니다. 쿼리를 취소했습니다.' });
    const t = timeoutError(30_000, true);
    expect(t.name).toBe('Timeout');
    expect(t.message).toMatch(/^이 셀의 실행 시간 한도\(30초\)를 넘어 중지했습니다\..*timeout=<초>.*변수는 사라졌/);
    expect(timeoutError(1_500, false).message).toMatch(/^이 셀의 실행 시간 한도\(1\.5초\)/);
    expect(crashError('the runtime stopped unexpectedly').message).toMatch(/^런타임이 비정상 종료되어 새로 시작했습니다 \(메모리 부족.*the runtime stopped unexpectedly$/);
    expect(unavailableError('DuckDB failed to load: 404').name).toBe('KernelUnavailable');
  });
});
