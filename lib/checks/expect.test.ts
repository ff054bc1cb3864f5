import { describe, expect as vexpect, it } from 'vitest';
import { CheckFailed, expect } from './expect';

/** The failure an assertion throws, or undefined when it passes. */
function failure(assertion: () => void) {
  try {
    assertion();
    return undefined;
  } catch (e) {
    if (e instanceof CheckFailed) return e.failure;
    throw e;
  }
}

describe('expect', () => {
  it('passes matching values', () => {
    vexpect(failure(() => expect(5n).toBe(5))).toBeUndefined();
    vexpect(failure(() => expect({ a: [1, new Date(0)] }).toEqual({ a: [1, new Date(0)] }))).toBeUndefined();
    vexpect(failure(() => expect(0.1 + 0.2).toBeCloseTo(0.3))).toBeUndefined();
    vexpect(failure(() => expect([{ a: 1 }]).toContain({ a: 1 }))).toBeUndefined();
    vexpect(failure(() => expect('hello').toMatch(/ell/))).toBeUndefined();
    vexpect(failure(() => expect(3).toBeGreaterThanOrEqual(3))).toBeUndefined();
    vexpect(failure(() => expect(null).not.toBeDefined())).toBeDefined(); // null is defined
    vexpect(failure(() => expect(undefined).not.toBeDefined())).toBeUndefined();
  });

  it('says what was expected and what was found, with the author note first', () => {
    vexpect(failure(() => expect(4, '전체 주문 수').toBe(5))).toEqual({ message: '전체 주문 수: 값이 다릅니다.', expected: '5', actual: '4' });
    vexpect(failure(() => expect('a').toEqual('b'))).toEqual({ message: '값이 다릅니다.', expected: '"b"', actual: '"a"' });
    vexpect(failure(() => expect([1, 2]).toHaveLength(3))).toMatchObject({ expected: '3', actual: '2' });
    vexpect(failure(() => expect(2).toBeGreaterThan(2))?.message).toBe('값이 > 2 조건을 만족하지 않습니다.');
    vexpect(failure(() => expect(1).not.toBe(1))).toMatchObject({ message: '(반대 조건) 값이 다릅니다.', expected: 'not 1' });
  });
});
