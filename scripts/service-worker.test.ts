import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM build script without types
import { moduleStartScripts, serviceWorkerSource, writeServiceWorker } from './service-worker.mjs';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** An export whose page loads `app.js` (under `base`), with the first-run compiler's chunks and another lazy one. */
function exportDir(base = '') {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sw-'));
  dirs.push(root);
  const chunks = path.join(root, '_next/static/chunks');
  fs.mkdirSync(chunks, { recursive: true });
  fs.writeFileSync(path.join(chunks, 'app.js'), 'start()');
  fs.writeFileSync(path.join(chunks, 'sucrase.js'), 'x={disableESTransforms:!0}');
  fs.writeFileSync(path.join(chunks, 'scope.js'), 'a.generateDecodedMap();b={allowReserved:1}');
  fs.writeFileSync(path.join(chunks, 'monaco.js'), 'editor()');
  fs.mkdirSync(path.join(root, 'lessons/x'), { recursive: true });
  fs.writeFileSync(path.join(chunks, 'polyfills.js'), 'legacy()');
  fs.writeFileSync(
    path.join(root, 'lessons/x/index.html'),
    `<script src="${base}/_next/static/chunks/polyfills.js" noModule=""></script><script src="${base}/_next/static/chunks/app.js" async=""></script>`,
  );
  return root;
}

/** Runs a generated worker in a stand-in service worker scope with an in-memory Cache Storage. */
function boot(source: string) {
  const stores = new Map<string, Map<string, string>>([['de-notebook-start-old', new Map()], ['someone-else', new Map()]]);
  const handlers: Record<string, (event: unknown) => void> = {};
  const fetched: string[] = [];
  const caches = {
    open: async (name: string) => {
      if (!stores.has(name)) stores.set(name, new Map());
      const store = stores.get(name)!;
      return { addAll: async (urls: string[]) => urls.forEach((u) => store.set(u, `cached ${u}`)) };
    },
    keys: async () => [...stores.keys()],
    delete: async (name: string) => stores.delete(name),
    match: async (url: string, options: { cacheName: string }) => stores.get(options.cacheName)?.get(url),
  };
  const self = { location: { origin: 'https://site.test' }, addEventListener: (type: string, fn: (e: unknown) => void) => (handlers[type] = fn), skipWaiting: async () => {} };
  vm.runInNewContext(source, { self, caches, URL, Set, Promise, fetch: async (r: { url: string }) => (fetched.push(r.url), `network ${r.url}`) });
  /** Dispatches an event whose `waitUntil`/`respondWith` promise the test can await. */
  async function dispatch(type: string, request?: { url: string; method: string }) {
    let pending: Promise<unknown> | undefined;
    handlers[type]({ request, waitUntil: (p: Promise<unknown>) => (pending = p), respondWith: (p: Promise<unknown>) => (pending = p) });
    return pending && (await pending);
  }
  return { stores, dispatch, fetched };
}

describe('service worker', () => {
  it.each(['', '/de-notebook'])('keeps the start-up scripts and the first-run compiler, not other chunks (base path "%s")', (base) => {
    const root = exportDir(base);
    expect(writeServiceWorker(root)).toBe(3);
    const source = fs.readFileSync(path.join(root, 'sw.js'), 'utf8');
    const files = JSON.parse(/const FILES = (\[.*\]);/.exec(source)![1]);
    expect(files).toEqual(['app.js', 'scope.js', 'sucrase.js'].map((f) => `${base}/_next/static/chunks/${f}`));
  });

  it("leaves out Next's noModule polyfills, which module browsers never fetch", () => {
    const html = '<script src="/_next/a.js" async=""></script><script src="/_next/poly.js" noModule=""></script><script>inline()</script>';
    expect(moduleStartScripts(html)).toEqual(['/_next/a.js']);
  });

  it('names its cache after the files it keeps, so a new build starts a new cache', () => {
    const version = (files: string[]) => /const CACHE = '([^']+)'/.exec(serviceWorkerSource(files))![1];
    expect(version(['/a.js'])).toBe(version(['/a.js']));
    expect(version(['/a.js'])).not.toBe(version(['/b.js']));
  });

  it('caches its files on install, drops its own older caches, and answers only for its files', async () => {
    const sw = boot(serviceWorkerSource(['/_next/static/chunks/app.js']));
    await sw.dispatch('install');
    const mine = [...sw.stores.keys()].find((k) => k.startsWith('de-notebook-start-') && k !== 'de-notebook-start-old')!;
    expect([...sw.stores.get(mine)!.keys()]).toEqual(['/_next/static/chunks/app.js']);
    await sw.dispatch('activate');
    expect([...sw.stores.keys()].sort()).toEqual([mine, 'someone-else'].sort());
    expect(await sw.dispatch('fetch', { url: 'https://site.test/_next/static/chunks/app.js', method: 'GET' })).toBe('cached /_next/static/chunks/app.js');
    // Anything else is left to the browser: no answer from the worker at all.
    expect(await sw.dispatch('fetch', { url: 'https://site.test/_next/static/chunks/monaco.js', method: 'GET' })).toBeUndefined();
    expect(await sw.dispatch('fetch', { url: 'https://other.test/_next/static/chunks/app.js', method: 'GET' })).toBeUndefined();
    expect(await sw.dispatch('fetch', { url: 'https://site.test/lessons/x/', method: 'GET' })).toBeUndefined();
    expect(sw.fetched).toEqual([]);
  });

  it('falls back to the network when its cache has lost a file', async () => {
    const sw = boot(serviceWorkerSource(['/_next/static/chunks/app.js']));
    expect(await sw.dispatch('fetch', { url: 'https://site.test/_next/static/chunks/app.js', method: 'GET' })).toBe('network https://site.test/_next/static/chunks/app.js');
  });
});
