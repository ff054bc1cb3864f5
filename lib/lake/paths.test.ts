import { describe, expect, it } from 'vitest';
import { hivePartitions, LakePathError, lakeFolder, lakeMatcher, normalizeLakePath } from './paths';

describe('normalizeLakePath', () => {
  it('accepts partitioned Parquet paths and drops a leading slash', () => {
    expect(normalizeLakePath('bronze/sales/date=2024-01-15/part-0.parquet')).toBe('bronze/sales/date=2024-01-15/part-0.parquet');
    expect(normalizeLakePath('/gold/daily.parquet')).toBe('gold/daily.parquet');
    expect(normalizeLakePath('실버/매출.parquet')).toBe('실버/매출.parquet');
  });

  it('refuses what is not one Parquet file path', () => {
    expect(() => normalizeLakePath('bronze/sales.csv')).toThrow(/must end with \.parquet/);
    expect(() => normalizeLakePath('bronze/*.parquet')).toThrow(/cannot be a pattern/);
    expect(() => normalizeLakePath('a//b.parquet')).toThrow(/empty folder name/);
    expect(() => normalizeLakePath('../b.parquet')).toThrow(/"\.\."/);
    expect(() => normalizeLakePath('a/b"c.parquet')).toThrow(LakePathError);
    expect(() => normalizeLakePath('')).toThrow(/non-empty/);
    expect(() => normalizeLakePath(42)).toThrow(/non-empty string/);
  });
});

describe('lakeMatcher', () => {
  const files = [
    'bronze/sales/date=2024-01-14/part-0.parquet',
    'bronze/sales/date=2024-01-15/part-0.parquet',
    'bronze/sales/date=2024-01-15/part-1.parquet',
    'bronze/salesman/x.parquet',
    'silver/sales.parquet',
  ];
  const match = (pattern?: string) => files.filter(lakeMatcher(pattern));

  it('keeps * and ? inside one folder', () => {
    expect(match('bronze/sales/*/*.parquet')).toHaveLength(3);
    expect(match('bronze/sales/date=2024-01-15/part-?.parquet')).toHaveLength(2);
    expect(match('bronze/*.parquet')).toEqual([]);
  });

  it('lets ** span folders, including none', () => {
    expect(match('bronze/**/*.parquet')).toHaveLength(4);
    expect(match('**/*.parquet')).toHaveLength(5);
    expect(match('bronze/sales/**/part-0.parquet')).toHaveLength(2);
  });

  it('treats a plain path as a file, a folder as everything below it', () => {
    expect(match('silver/sales.parquet')).toEqual(['silver/sales.parquet']);
    expect(match('bronze/sales')).toHaveLength(3);
    expect(match('bronze/sales/')).toHaveLength(3);
    expect(match('bronze')).toHaveLength(4);
    expect(match()).toHaveLength(5);
  });
});

describe('partitions', () => {
  it('reads key=value folders, outermost first', () => {
    expect(hivePartitions('sales/year=2024/month=01/part-0.parquet')).toEqual([
      { key: 'year', value: '2024' },
      { key: 'month', value: '01' },
    ]);
    expect(hivePartitions('sales/part-0.parquet')).toEqual([]);
    expect(hivePartitions('a=1.parquet')).toEqual([]);
    expect(lakeFolder('a/b/c.parquet')).toBe('a/b');
    expect(lakeFolder('c.parquet')).toBe('');
  });
});
