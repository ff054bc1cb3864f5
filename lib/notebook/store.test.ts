import { describe, expect, it } from 'vitest';
import type { Output } from '@/lib/kernel/outputs';
import type { RunRequest, RunResult } from '@/lib/kernel/client';
import { Notebook, type KernelLike } from './store';
import type { NotebookCell } from './types';

/** A scripted kernel: records runs; a cell whose source contains 'fail' fails. */
class ScriptedKernel implements KernelLike {
  epoch = 0;
  ran: string[] = [];
  release: (() => void) | undefined;
  hold = false;

  async run(req: RunRequest, onOutput: (o: Output) => void): Promise<RunResult> {
    this.ran.push(req.cellId);
    if (this.hold) await new Promise<void>((r) => (this.release = r));
    onOutput({ kind: 'console', lines: [{ level: 'log', text: `${req.cellId} a` }] });
    onOutput({ kind: 'console', lines: [{ level: 'log', text: `${req.cellId} b` }] });
    if (req.source.includes('fail')) {
      return { ok: false, durationMs: 1, error: { kind: 'error', name: 'Error', message: 'boom', line: 1 } };
    }
    return { ok: true, durationMs: 1 };
  }
  async stop() {
    this.epoch++;
    this.release?.();
  }
  async restart() {
    this.epoch++;
  }
}

const cells: NotebookCell[] = [
  { id: 'a', lang: 'ts', source: 'const a = 1', norun: false },
  { id: 'b', lang: 'sql', source: 'CREATE TABLE t AS SELECT 1', norun: false },
  { id: 'loop', lang: 'ts', source: 'while(true){}', norun: true },
  { id: 'c', lang: 'ts', source: 'a + 1', norun: false },
];

async function settle(nb: Notebook) {
  for (let i = 0; i < 50 && nb.busy; i++) await new Promise((r) => setTimeout(r, 0));
}

describe('Notebook', () => {
  it('runs the earlier cells a cell depends on, in order, skipping norun cells', async () => {
    const k = new ScriptedKernel();
    const nb = new Notebook(cells, k);
    nb.run('c');
    await settle(nb);
    expect(k.ran).toEqual(['a', 'b', 'c']);
    expect(nb.get('c').status).toBe('done');
    expect(nb.get('loop').status).toBe('idle');
  });

  it('merges console batches into one output', async () => {
    const nb = new Notebook(cells, new ScriptedKernel());
    nb.run('a');
    await settle(nb);
    expect(nb.get('a').outputs).toEqual([{ kind: 'console', lines: [{ level: 'log', text: 'a a' }, { level: 'log', text: 'a b' }] }]);
  });

  it('does not re-run satisfied cells, but re-runs TS cells after the runtime lost its variables', async () => {
    const k = new ScriptedKernel();
    const nb = new Notebook(cells, k);
    nb.run('c');
    await settle(nb);
    k.ran = [];
    nb.run('c');
    await settle(nb);
    expect(k.ran).toEqual(['c']);
    await nb.stop(); // variables gone, DuckDB tables kept
    k.ran = [];
    nb.run('c');
    await settle(nb);
    expect(k.ran).toEqual(['a', 'c']); // the plain SQL cell's table survived
  });

  it('stops the queue at the first failing cell and leaves later cells as they were', async () => {
    const k = new ScriptedKernel();
    const failing = cells.map((c) => (c.id === 'b' ? { ...c, source: 'fail' } : c));
    const nb = new Notebook(failing, k);
    nb.run('c');
    await settle(nb);
    expect(k.ran).toEqual(['a', 'b']);
    expect(nb.get('b').status).toBe('error');
    expect(nb.get('b').errorLine).toBe(1);
    expect(nb.get('c').status).toBe('idle');
  });

  it('runs the student edit, not the authored source', async () => {
    const k = new ScriptedKernel();
    const nb = new Notebook(cells, k);
    nb.setSource('a', 'fail');
    nb.run('a');
    await settle(nb);
    expect(nb.get('a').status).toBe('error');
  });

  it('Stop clears queued cells back to idle', async () => {
    const k = new ScriptedKernel();
    k.hold = true;
    const nb = new Notebook(cells, k);
    nb.runAll();
    await new Promise((r) => setTimeout(r, 0));
    expect(nb.get('c').status).toBe('queued');
    await nb.stop();
    await settle(nb);
    expect(nb.get('c').status).toBe('idle');
    expect(k.ran).toEqual(['a']);
  });

  it('restart returns every cell to idle', async () => {
    const nb = new Notebook(cells, new ScriptedKernel());
    nb.runAll();
    await settle(nb);
    expect(nb.get('c').status).toBe('done');
    await nb.restart();
    expect(cells.map((c) => nb.get(c.id).status)).toEqual(['idle', 'idle', 'idle', 'idle']);
  });
});

describe('Notebook.runExclusive', () => {
  it('waits for queued cells, has the kernel to itself, and runs cells visibly through its access', async () => {
    const k = new ScriptedKernel();
    const nb = new Notebook(cells, k);
    nb.run('b'); // queues a, b
    const order: string[] = [];
    const value = nb.runExclusive(async (access) => {
      order.push(`job sees ${k.ran.join(',')}`);
      expect(access.pendingBefore('c')).toEqual([]);
      const r = await access.runCell('c');
      await access.kernel.run({ cellId: 'quiet', lang: 'ts', source: 'x' }, () => {});
      return r.ok;
    });
    nb.run('loop'); // queued behind the job
    expect(await value).toBe(true);
    await settle(nb);
    expect(order).toEqual(['job sees a,b']);
    // What was queued after the job (loop, and its dependencies) runs after it.
    expect(k.ran.slice(0, 4)).toEqual(['a', 'b', 'c', 'quiet']);
    expect(k.ran.at(-1)).toBe('loop');
    expect(nb.get('c').status).toBe('done');
  });

  it('resolves undefined when Stop clears the queue before the job starts', async () => {
    const k = new ScriptedKernel();
    k.hold = true;
    const nb = new Notebook(cells, k);
    nb.run('a');
    let started = false;
    const value = nb.runExclusive(async () => {
      started = true;
      return 1;
    });
    await nb.stop();
    expect(await value).toBeUndefined();
    expect(started).toBe(false);
  });

  it('takes cells added while the page lives; a removed cell leaves the queue, lesson cells stay', async () => {
    const k = new ScriptedKernel();
    k.hold = true;
    const nb = new Notebook(cells, k);
    let changes = 0;
    nb.onCellsChange(() => changes++);
    nb.insertCell({ id: 'mine', lang: 'ts', source: '1 + 1', norun: true, scratch: true }, 0);
    expect(nb.cells.map((c) => c.id)).toEqual(['mine', 'a', 'b', 'loop', 'c']);
    expect(nb.authored).toBe(cells);
    nb.run('a');
    nb.run('mine'); // waits while a runs
    nb.removeCell('mine');
    k.release?.();
    await settle(nb);
    expect(k.ran).toEqual(['a']);
    expect(nb.cells.map((c) => c.id)).toEqual(['a', 'b', 'loop', 'c']);
    expect(changes).toBe(2);
    expect(() => nb.removeCell('b')).toThrow();
  });
});
