import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM build script without types
import { inlineScriptHashes, withPolicy } from './csp.mjs';
// @ts-expect-error plain ESM build script without types
import { headerPolicyFor } from './csp-policy.mjs';

const sha = (s: string) => `sha256-${crypto.createHash('sha256').update(s, 'utf8').digest('base64')}`;
const page =
  '<!DOCTYPE html><html><head><meta charSet="utf-8"/><script src="/a.js" async=""></script></head>' +
  '<body><script id="_R_">boot()</script><script>self.__next_f.push([1,"é"])</script></body></html>';

describe('csp build step', () => {
  it('hashes only inline scripts, exactly as the browser does (UTF-8 bytes)', () => {
    expect(inlineScriptHashes(page)).toEqual([sha('boot()'), sha('self.__next_f.push([1,"é"])')]);
  });

  it('puts the policy right after the charset, before any script, without eval', () => {
    const out: string = withPolicy(page);
    const meta = out.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(out.indexOf('charSet'));
    expect(meta).toBeLessThan(out.indexOf('<script'));
    expect(out).toContain(`'${sha('boot()')}'`);
    expect(out).not.toContain('unsafe-eval');
    expect(out).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(withPolicy(out)).toBe(out); // idempotent
  });

  it('allows eval only in bundled workers, and only wasm in DuckDB’s', () => {
    expect(headerPolicyFor('/_next/static/chunks/x.js')).toContain("'unsafe-eval'");
    expect(headerPolicyFor('/vendor/duckdb-browser-eh.worker.js')).not.toContain("'unsafe-eval'");
    expect(headerPolicyFor('/lessons/x/')).toBeUndefined();
  });
});
