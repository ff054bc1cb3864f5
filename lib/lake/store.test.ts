import { describe, expect, it } from 'vitest';
import { LakeFullError, LakeStore } from './store';

const meta = { rows: 1, columns: [{ name: 'a', type: 'INTEGER' }] };
const bytes = (n: number) => new Uint8Array(n);

describe('LakeStore', () => {
  it('replaces a file written to the same path twice', () => {
    const lake = new LakeStore();
    lake.put('s/date=1/part-0.parquet', bytes(10), meta);
    lake.put('s/date=1/part-0.parquet', bytes(30), { ...meta, rows: 3 });
    expect(lake.list('s')).toMatchObject([{ path: 's/date=1/part-0.parquet', bytes: 30, rows: 3 }]);
    expect(lake.totalBytes).toBe(30);
  });

  it('overwrites a whole partition folder when asked, and only that folder', () => {
    const lake = new LakeStore();
    lake.put('s/date=1/part-0.parquet', bytes(10), meta);
    lake.put('s/date=1/part-1.parquet', bytes(10), meta);
    lake.put('s/date=2/part-0.parquet', bytes(10), meta);
    const { removed } = lake.put('s/date=1/part-9.parquet', bytes(5), meta, { partition: true });
    expect(removed).toEqual(['s/date=1/part-0.parquet', 's/date=1/part-1.parquet']);
    expect(lake.list().map((f) => f.path)).toEqual(['s/date=1/part-9.parquet', 's/date=2/part-0.parquet']);
    expect(lake.totalBytes).toBe(15);
  });

  it('lists sorted by path, deletes by pattern, versions increase', () => {
    const lake = new LakeStore();
    const b = lake.put('b.parquet', bytes(1), meta).info;
    const a = lake.put('a/x.parquet', bytes(1), meta).info;
    expect(a.version).toBeGreaterThan(b.version);
    expect(lake.list().map((f) => f.path)).toEqual(['a/x.parquet', 'b.parquet']);
    expect(lake.delete('a')).toEqual(['a/x.parquet']);
    expect(lake.get('a/x.parquet')).toBeUndefined();
    expect(lake.get('b.parquet')).toHaveLength(1);
    lake.clear();
    expect(lake.list()).toEqual([]);
  });

  it('refuses a write past its size limit, counting what the write replaces', () => {
    const lake = new LakeStore(100);
    lake.put('a.parquet', bytes(80), meta);
    expect(() => lake.put('b.parquet', bytes(30), meta)).toThrow(LakeFullError);
    expect(() => lake.put('a.parquet', bytes(100), meta)).not.toThrow();
    expect(lake.totalBytes).toBe(100);
  });
});
