/**
 * Compiled cells by (cell id, source): compiling is deterministic, so re-running an unchanged
 * cell need not cross to the compile worker (a round trip plus esbuild's Go scheduler, 10-20 ms
 * on a slow machine). Least recently used entries go first.
 */
import type { CompileResult } from './types';

export class CompileResultCache {
  private readonly entries = new Map<string, CompileResult>();

  constructor(private readonly capacity = 256) {}

  /** The cached result for this cell and source, if any (and marks it recently used). */
  get(cellId: string, source: string): CompileResult | undefined {
    const key = keyOf(cellId, source);
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  /** Remembers a result, dropping the least recently used one when full. */
  set(cellId: string, source: string, result: CompileResult): void {
    const key = keyOf(cellId, source);
    this.entries.delete(key);
    this.entries.set(key, result);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }
}

// Cell ids never contain a NUL, so the key is unambiguous.
const keyOf = (cellId: string, source: string) => `${cellId}\u0000${source}`;
