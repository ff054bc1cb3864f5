import { describe, expect, it } from 'vitest';
import { withHint } from './error-hints';

const ctx = { lessonTables: ['orders'] };
const err = (name: string, message: string) => ({ kind: 'error' as const, name, message });

describe('withHint', () => {
  it('explains endless recursion', () => {
    expect(withHint(err('RangeError', 'Maximum call stack size exceeded'), ctx).hint).toMatch(/무한 재귀/);
  });

  it('names a dropped lesson table and the way back (Restart)', () => {
    const out = withHint(err('Catalog Error', 'Table with name orders does not exist!\nDid you mean "pg_class"?'), ctx);
    expect(out.hint).toMatch(/‘orders’는 이 수업의 데이터 테이블/);
    expect(out.hint).toMatch(/런타임 재시작/);
  });

  it('points at the creating cell for any other missing table', () => {
    expect(withHint(err('Catalog Error', 'Table with name nope does not exist!'), ctx).hint).toMatch(/‘nope’.*먼저 실행/);
  });

  it('says when a value is too big for memory', () => {
    expect(withHint(err('RangeError', 'Invalid string length'), ctx).hint).toMatch(/메모리/);
    expect(withHint(err('RangeError', 'Array buffer allocation failed'), ctx).hint).toMatch(/메모리/);
  });

  it('leaves other errors alone', () => {
    const e = err('Error', 'boom');
    expect(withHint(e, ctx)).toBe(e);
  });
});
