/**
 * Lets keyboard navigation move between cells (Shift+Enter runs and moves to the next cell)
 * without cells knowing about each other: each cell registers how to focus itself.
 */
export class FocusRegistry {
  private focusers = new Map<string, () => void>();

  constructor(private readonly order: readonly string[]) {}

  /** Registers a cell's focus function; returns the unregister function. */
  register(id: string, focus: () => void): () => void {
    this.focusers.set(id, focus);
    return () => {
      if (this.focusers.get(id) === focus) this.focusers.delete(id);
    };
  }

  /** Focuses the cell after `id`; returns false at the end of the lesson. */
  focusNext(id: string): boolean {
    const next = this.order[this.order.indexOf(id) + 1];
    if (!next) return false;
    this.focusers.get(next)?.();
    return true;
  }
}
