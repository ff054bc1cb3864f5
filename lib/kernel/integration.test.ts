/**
 * The kernel with the real compiler (esbuild-wasm's node build), the real source maps and the real
 * runner core over a MessageChannel; only DuckDB is faked. Checks what students see: values,
 * shared scope, and error lines in cell coordinates.
 */
import * as esbuild from 'esbuild-wasm';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { compileCell } from '@/lib/compile/compile';
import * as sourcemap from '@/lib/compile/sourcemap';
import { Kernel, type KernelDatabase } from './client';
import type { Output } from './outputs';
import type { SqlResultData } from './protocol';
import { InProcessRunner } from './in-process-runner';

const realConsole = globalThis.console;
afterAll(() => {
  globalThis.console = realConsole;
});

const db: KernelDatabase = {
  async query(sql: string): Promise<SqlResultData> {
    if (sql.includes('nope')) throw new Error('Catalog Error: Table with name nope does not exist!');
    return { columns: [{ name: 'n', type: 'BIGINT' }], rows: [1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ n })), rowCount: 8 };
  },
  async exec() {},
  async cancel() { return false; },
  async reset() {},
  close() {},
};

let kernel: Kernel;
afterEach(() => kernel?.dispose());

async function session() {
  kernel = new Kernel({ slug: 'it', dataFiles: [], clock: '2024-01-16T09:00:00' }, {
    spawnRunner: () => new InProcessRunner(),
    openDatabase: async () => db,
    loadCompiler: async () => ({ start() {}, ready: Promise.resolve(), compile: (s: string, id: string) => compileCell(esbuild, s, id) }),
    loadSourceMapper: async () => sourcemap,
    locks: () => undefined,
  });
  return async (cellId: string, source: string) => {
    const outputs: Output[] = [];
    const result = await kernel.run({ cellId, lang: 'ts', source }, (o) => outputs.push(o));
    return { result, outputs };
  };
}

describe('kernel with the real compiler and runner', () => {
  it('shows values and shares top-level declarations between cells', async () => {
    const run = await session();
    expect((await run('hello', "const greeting = '안녕';\ngreeting + ' DuckDB'")).outputs).toEqual([{ kind: 'text', text: '안녕 DuckDB' }]);
    expect((await run('uses-var', 'greeting.length * 10')).outputs).toEqual([{ kind: 'text', text: '20' }]);
    expect((await run('hello', "const greeting = '반가워';\ngreeting")).outputs).toEqual([{ kind: 'text', text: '반가워' }]);
  });

  it('reports a thrown error at its line in the cell', async () => {
    const run = await session();
    const source = [
      'const rows = await sql`SELECT * FROM sales`;',
      'function check(n: number) {',
      '  if (n > 3) {',
      "    throw new Error('너무 많습니다: ' + n);",
      '  }',
      '}',
      'check(rows.length);',
    ].join('\n');
    const { result } = await run('throws', source);
    expect(result.error).toMatchObject({ name: 'Error', message: '너무 많습니다: 8', line: 4 });
    expect(result.error?.stack).toContain('check');
  });

  it('points a failed query at the line of its sql call', async () => {
    const run = await session();
    const { result } = await run('bad-sql', "const a = 1;\n\nconst rows = await sql`SELECT * FROM nope`;");
    expect(result.error).toMatchObject({ name: 'Catalog Error', message: 'Table with name nope does not exist!', line: 3 });
  });

  it('reports syntax errors at their line without running', async () => {
    const run = await session();
    const { result } = await run('broken', 'const ok = 1;\nconst broken = (;\nok');
    expect(result.ok).toBe(false);
    expect(result.error?.line).toBe(2);
    expect(result.compileErrors?.[0].line).toBe(2);
  });
});
