import { describe, expect, it } from 'vitest';
import 'fake-indexeddb/auto';
import type { RunRequest, RunResult } from '@/lib/kernel/client';
import { Notebook, type KernelLike } from '@/lib/notebook/store';
import type { NotebookCell } from '@/lib/notebook/types';
import { MemoryScratchStore, openScratchStore, type ScratchStore } from './db';
import { ScratchSession } from './session';
import type { ScratchRecord } from './types';

/** Records runs; a cell whose source contains 'fail' fails. */
class FakeKernel implements KernelLike {
  epoch = 0;
  ran: string[] = [];
  async run(req: RunRequest): Promise<RunResult> {
    this.ran.push(req.cellId);
    if (req.source.includes('fail')) return { ok: false, durationMs: 1, error: { kind: 'error', name: 'Error', message: 'boom' } };
    return { ok: true, durationMs: 1 };
  }
  async stop() {}
  async restart() {}
}

const lesson: NotebookCell[] = [
  { id: 'a', lang: 'ts', source: 'const a = 1', norun: false },
  { id: 'ex1', lang: 'ts', source: 'let x', norun: false, exercise: 'ex' },
  { id: 'ex2', lang: 'sql', source: 'SELECT 1', norun: false, exercise: 'ex' },
  { id: 'c', lang: 'ts', source: 'a + 1', norun: false },
];

const ids = (nb: Notebook) => nb.cells.map((c) => c.id);

async function settle(nb: Notebook) {
  for (let i = 0; i < 50 && nb.busy; i++) await new Promise((r) => setTimeout(r, 0));
}

function saved(slug: string, id: string, anchor: string | null, rank: number, source = ''): ScratchRecord {
  return { slug, id, anchor, rank, lang: 'ts', source, createdAt: 1 };
}

async function open(store: ScratchStore, options = {}, cells = lesson) {
  const kernel = new FakeKernel();
  const notebook = new Notebook(cells, kernel);
  const scratch = await ScratchSession.open('les', notebook, store, { debounceMs: 5, ...options });
  return { kernel, notebook, scratch };
}

describe('ScratchSession', () => {
  it('restores saved cells after their lesson cell, in rank order; a vanished anchor goes to the end', async () => {
    const store = new MemoryScratchStore();
    await store.put(saved('les', 'scratch-late', 'a', 5));
    await store.put(saved('les', 'scratch-early', 'a', -1));
    await store.put(saved('les', 'scratch-orphan', 'removed-from-lesson', 0));
    await store.put(saved('other', 'scratch-elsewhere', 'a', 0));
    const { notebook, scratch } = await open(store);
    expect(ids(notebook)).toEqual(['a', 'scratch-early', 'scratch-late', 'ex1', 'ex2', 'c', 'scratch-orphan']);
    expect(scratch.group('a').map((r) => r.id)).toEqual(['scratch-early', 'scratch-late']);
    expect(notebook.authored.map((c) => c.id)).toEqual(['a', 'ex1', 'ex2', 'c']);
  });

  it('tells scratch cells from lesson cells that happen to be called scratch-…', async () => {
    const store = new MemoryScratchStore();
    await store.put(saved('les', 'scratch-mine', 'scratch-sql', 0));
    const cells: NotebookCell[] = [...lesson, { id: 'scratch-sql', lang: 'sql', source: 'SELECT 1', norun: true }];
    const { notebook } = await open(store, {}, cells);
    expect(ids(notebook)).toEqual(['a', 'ex1', 'ex2', 'c', 'scratch-sql', 'scratch-mine']);
    expect(notebook.cells.filter((c) => c.scratch).map((c) => c.id)).toEqual(['scratch-mine']);
  });

  it('adds a cell right below a lesson cell, below a scratch cell, and after an exercise', async () => {
    const store = new MemoryScratchStore();
    const { notebook, scratch } = await open(store);
    const first = scratch.add('ts', 'a');
    const second = scratch.add('sql', 'a'); // directly below the lesson cell: before `first`
    const third = scratch.add('ts', second); // between second and first
    const afterExercise = scratch.add('ts', 'ex1'); // never between an exercise's starters
    expect(ids(notebook)).toEqual(['a', second, third, first, 'ex1', 'ex2', afterExercise, 'c']);
    expect(notebook.cells.find((c) => c.id === second)).toMatchObject({ lang: 'sql', source: '', scratch: true });
    // The same places come back on the next visit.
    const again = await open(store);
    expect(ids(again.notebook)).toEqual(ids(notebook));
  });

  it('saves what the student types and restores it; deleting removes it for good', async () => {
    const store = new MemoryScratchStore();
    const { notebook, scratch } = await open(store);
    const id = scratch.add('ts', 'c');
    notebook.setSource(id, 'const mine = a * 2');
    await scratch.flush();
    const reopened = await open(store);
    expect(reopened.notebook.get(id).source).toBe('const mine = a * 2');
    await reopened.scratch.remove(id);
    expect(ids(reopened.notebook)).toEqual(['a', 'ex1', 'ex2', 'c']);
    expect(await store.list('les')).toEqual([]);
  });

  it('keeps lesson runs as they were: Run all and dependencies skip scratch cells, a failing one blocks nothing', async () => {
    const { kernel, notebook, scratch } = await open(new MemoryScratchStore());
    const broken = scratch.add('ts', 'a');
    notebook.setSource(broken, 'fail()');
    notebook.run(broken); // a scratch cell sees the lesson cells above: they run first
    await settle(notebook);
    expect(kernel.ran).toEqual(['a', broken]);
    expect(notebook.get(broken).status).toBe('error');
    kernel.ran = [];
    notebook.run('c'); // dependency order of the lesson is unchanged
    await settle(notebook);
    expect(kernel.ran).toEqual(['ex1', 'ex2', 'c']);
    kernel.ran = [];
    notebook.runAll();
    await settle(notebook);
    expect(kernel.ran).toEqual(['a', 'ex1', 'ex2', 'c']);
  });

  it('the playground starts with one empty TS cell, and its cells run with Run all', async () => {
    const store = new MemoryScratchStore();
    const { kernel, notebook, scratch } = await open(store, { standalone: true }, []);
    expect(notebook.cells).toHaveLength(1);
    const [first] = notebook.cells;
    expect(first).toMatchObject({ lang: 'ts', source: '', norun: false });
    const second = scratch.add('sql', first.id);
    notebook.runAll();
    await settle(notebook);
    expect(kernel.ran).toEqual([first.id, second]);
    expect((await open(store, { standalone: true }, [])).notebook.cells.map((c) => c.id)).toEqual([first.id, second]);
  });

  it('persists in IndexedDB', async () => {
    const store = await openScratchStore();
    const { notebook, scratch } = await open(store);
    const id = scratch.add('sql', 'a');
    notebook.setSource(id, 'SELECT 42');
    await scratch.close();
    const reopened = await open(await openScratchStore());
    expect(reopened.notebook.get(id).source).toBe('SELECT 42');
    expect(ids(reopened.notebook)).toEqual(['a', id, 'ex1', 'ex2', 'c']);
  });
});
