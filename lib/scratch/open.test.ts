import { describe, expect, it, vi } from 'vitest';
import 'fake-indexeddb/auto';
import type { RunRequest, RunResult } from '@/lib/kernel/client';
import { Notebook, type KernelLike } from '@/lib/notebook/store';
import { IdbScratchStore, openScratchStore } from './db';
import { openScratch, readScratch } from './open';

const kernel: KernelLike = {
  epoch: 0,
  run: async (_req: RunRequest): Promise<RunResult> => ({ ok: true, durationMs: 1 }),
  stop: async () => {},
  restart: async () => {},
};
const lesson = () => new Notebook([{ id: 'a', lang: 'ts', source: 'const a = 1', norun: false }], kernel);

describe('openScratch', () => {
  it('takes cells read ahead, before the notebook existed, and reads storage only once', async () => {
    const store = await openScratchStore();
    await store.put({ slug: 'ahead', id: 's1', anchor: 'a', rank: 1, lang: 'sql', source: 'SELECT 1', createdAt: 1 });
    const read = readScratch('ahead');
    const listed = vi.spyOn((await read).store, 'list');
    const notebook = lesson();
    const scratch = await openScratch('ahead', notebook, {}, read);
    expect(notebook.cells.map((c) => c.id)).toEqual(['a', 's1']);
    expect(notebook.get('s1').source).toBe('SELECT 1');
    expect(listed).not.toHaveBeenCalled();
    // Still saved where it came from.
    notebook.setSource('s1', 'SELECT 2');
    await scratch.close();
    expect((await (await openScratchStore()).list('ahead'))[0].source).toBe('SELECT 2');
  });

  it('keeps scratch cells in memory when saved cells cannot be read', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const list = vi.spyOn(IdbScratchStore.prototype, 'list').mockRejectedValueOnce(new Error('InvalidStateError'));
    const notebook = lesson();
    const scratch = await openScratch('broken', notebook, {}, readScratch('broken'));
    const id = scratch.add('ts', 'a');
    expect(notebook.cells.map((c) => c.id)).toEqual(['a', id]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not be read'), expect.any(Error));
    await scratch.close();
    // The cell lived in memory: nothing of it reached IndexedDB.
    list.mockRestore();
    expect(await (await openScratchStore()).list('broken')).toEqual([]);
    warn.mockRestore();
  });
});
