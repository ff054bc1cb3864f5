import { describe, expect, it } from 'vitest';
import type { Output } from '@/lib/kernel/outputs';
import { createCheckHarness } from './harness';
import type { CheckResult } from './types';

/** A harness whose SQL answers from a tiny in-memory catalog of tables. */
function harness(tables: Record<string, Record<string, unknown>[]> = {}) {
  const outputs: Output[] = [];
  const h = createCheckHarness({
    emit: (o) => outputs.push(o),
    transport: async (_op, text) => {
      const name = /FROM "(\w+)"/.exec(text)?.[1] ?? '';
      if (!(name in tables)) throw Object.assign(new Error(`Catalog Error: Table with name ${name} does not exist!`), { name: 'CatalogError' });
      return { columns: Object.keys(tables[name][0] ?? {}).map((n) => ({ name: n, type: 'BIGINT' })), rows: tables[name], rowCount: tables[name].length };
    },
  });
  const results = () => outputs.flatMap((o) => (o.kind === 'check' ? [o.result] : [])) as CheckResult[];
  return { h, results };
}

describe('check harness', () => {
  it('runs each check on its own, in order, and keeps going after a failure', async () => {
    const { h, results } = harness({ t: [{ n: 1 }, { n: 2 }] });
    const { check, expect: ex, expectTable } = h.begin();
    check('rows', () => expectTable('t').toHaveRowCount(3));
    check('throws', () => {
      throw new TypeError('x.map is not a function');
    });
    check('missing variable', () => {
      throw new ReferenceError('report is not defined');
    });
    check('ok', () => ex(1).toBe(1));
    expect(await h.run('visible')).toBe(4);
    expect(results().map((r) => [r.index, r.name, r.status, r.failure?.message])).toEqual([
      [0, 'rows', 'fail', '행 수가 다릅니다: 3행이어야 하는데 2행입니다.'],
      [1, 'throws', 'fail', '검사하다가 오류가 났습니다: TypeError: x.map is not a function'],
      [2, 'missing variable', 'fail', 'report(이)라는 이름이 없습니다. 시작 코드의 이름을 바꾸지 않았는지, 셀이 끝까지 실행됐는지 확인하세요.'],
      [3, 'ok', 'pass', undefined],
    ]);
    expect(await h.run('visible')).toBe(0); // run forgets what it ran
  });

  it('fails a check whose assertion was never awaited', async () => {
    const { h, results } = harness({ t: [{ n: 1 }] });
    const { check, expectTable } = h.begin();
    check('forgot await', () => {
      void expectTable('t').toHaveRowCount(5);
    });
    await h.run('hidden');
    expect(results()[0]).toMatchObject({ status: 'fail', dataset: 'hidden' });
  });

  it('names a missing table and checks columns, keys and rows of plain values', async () => {
    const { h, results } = harness();
    const { check, expectTable } = h.begin();
    const rows = [{ id: 1, city: '부산' }, { id: 1, city: '서울' }];
    check('missing', () => expectTable('nope').toExist());
    check('columns', () => expectTable(rows).toHaveColumns({ id: 'integer', city: 'text', tier: 'text' }));
    check('types', () => expectTable(rows).toHaveColumns({ city: 'number' }));
    check('key', () => expectTable(rows).toHaveNoDuplicates('id'));
    check('in order', () => expectTable(rows).toEqualRowsInOrder([rows[1], rows[0]]));
    check('promise', () => expectTable(Promise.resolve(rows)).toEqualRows([...rows].reverse()));
    check('empty', () => expectTable([]).toEqualRows(rows));
    await h.run('visible');
    expect(results().map((r) => r.failure?.message)).toEqual([
      '테이블을 찾을 수 없습니다: nope',
      '없는 열: tier (지금 있는 열: id, city)',
      'city 열의 타입이 number여야 하는데 string입니다.',
      'id 값이 같은 행이 1쌍 있습니다 (예: id=1). 키마다 한 행이어야 합니다.',
      '1번째 행부터 다릅니다 (행의 순서까지 같아야 합니다).',
      undefined,
      '결과가 비어 있습니다 (0행). 2행이 있어야 합니다.',
    ]);
    expect(results()[6].failure?.diff).toBeUndefined(); // no table of expected rows to copy from
  });
});
