/**
 * Lets keyboard navigation move between cells (Shift+Enter runs and moves to the next cell)
 * without cells knowing about each other: each cell registers how to focus its editor. A cell
 * asked for focus before it has mounted (a scratch cell just added) gets it when it registers.
 */
export class FocusRegistry {
  private focusers = new Map<string, () => void>();
  private pending?: string;

  /** `order` gives the current cell ids in run order (scratch cells come and go). */
  constructor(private readonly order: () => readonly string[]) {}

  /** Registers a cell's focus function; returns the unregister function. */
  register(id: string, focus: () => void): () => void {
    this.focusers.set(id, focus);
    if (this.pending === id) {
      this.pending = undefined;
      focus();
    }
    return () => {
      if (this.focusers.get(id) === focus) this.focusers.delete(id);
    };
  }

  /** Focuses a cell's editor now, or as soon as the cell mounts. */
  focus(id: string): void {
    const focus = this.focusers.get(id);
    if (focus) focus();
    else this.pending = id;
  }

  /** Focuses the cell after `id`; returns false at the end of the lesson. */
  focusNext(id: string): boolean {
    const order = this.order();
    const next = order[order.indexOf(id) + 1];
    if (!next) return false;
    this.focus(next);
    return true;
  }
}
