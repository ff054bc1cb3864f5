import { describe, expect, it } from 'vitest';
import { errorAtCallSite, serializeError } from './errors';

describe('serializeError', () => {
  it('keeps name, message and raw stack of Errors', () => {
    const e = new RangeError('out of range');
    expect(serializeError(e)).toEqual({ name: 'RangeError', message: 'out of range', stack: e.stack });
  });

  it('appends the cause', () => {
    const e = new Error('outer', { cause: new Error('inner') });
    expect(serializeError(e).message).toBe('outer (cause: Error: inner)');
  });

  it('handles thrown non-errors', () => {
    expect(serializeError('x')).toEqual({ name: 'Uncaught', message: 'x (a thrown string; throw new Error(…) to get a line number)' });
    expect(serializeError({ a: 1 }).message).toMatch(/^\{ a: 1 \} \(a thrown object/);
    expect(serializeError(null).message).toMatch(/^null \(a thrown null/);
    expect(serializeError(undefined).name).toBe('Uncaught');
  });

  it('accepts error-like objects from other realms', () => {
    const like = { name: 'AbortError', message: 'aborted', stack: 'AbortError: aborted\n    at x' };
    expect(serializeError(like)).toEqual(like);
  });
});

describe('errorAtCallSite', () => {
  it('rebuilds the error with the frames of the call site', () => {
    const site = new Error();
    const e = errorAtCallSite({ name: 'Binder Error', message: 'column "x" not found' }, site);
    expect(e.name).toBe('Binder Error');
    expect(e.stack?.split('\n')[0]).toBe('Binder Error: column "x" not found');
    expect(e.stack?.split('\n')[1]).toBe(site.stack?.split('\n')[1]);
  });
});

describe('serializeError caps', () => {
  it('truncates a huge message', () => {
    const out = serializeError(new Error('x'.repeat(300_000)));
    expect(out.message.length).toBeLessThan(100_100);
    expect(out.message).toMatch(/자는 표시하지 않았습니다\)$/);
  });
});
