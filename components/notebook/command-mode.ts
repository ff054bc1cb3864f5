/**
 * Jupyter's command mode on the page: outside an editor, a selected cell (its element has the
 * focus) answers j/k/arrows to move, Enter to edit, and the run keys. Cells are found in the DOM
 * by their contract attributes, so lesson cells and scratch cells move alike.
 */

/** Every TS/SQL cell element, in page order. */
const CELL_SELECTOR = '[data-cell-id][data-cell-kind="ts"], [data-cell-id][data-cell-kind="sql"]';

/** Whether the student is typing in `el` (keys belong to it, not to the notebook). */
export function isTyping(el: Element | null): boolean {
  if (!el || !(el instanceof HTMLElement)) return false;
  if (el.isContentEditable || el.closest('.monaco-editor')) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) || el.getAttribute('role') === 'textbox';
}

/** Selects a cell in command mode: its element takes the focus and comes into view. */
export function selectCell(el: HTMLElement): void {
  el.focus({ preventScroll: true });
  el.scrollIntoView({ block: 'nearest' });
}

/** The cell element `step` cells away from `from` in page order. */
export function cellNeighbour(from: Element, step: 1 | -1): HTMLElement | undefined {
  const cells = [...document.querySelectorAll<HTMLElement>(CELL_SELECTOR)];
  return cells[cells.indexOf(from as HTMLElement) + step];
}

/** Selects the cell `step` cells away from `from`; false at either end. */
export function selectNeighbour(from: Element, step: 1 | -1): boolean {
  const next = cellNeighbour(from, step);
  if (!next) return false;
  selectCell(next);
  return true;
}

/** Selects the first cell that shows in the viewport (or the first below it). */
export function selectFirstVisible(): boolean {
  const cells = [...document.querySelectorAll<HTMLElement>(CELL_SELECTOR)];
  const first = cells.find((c) => c.getBoundingClientRect().bottom > 0);
  if (!first) return false;
  selectCell(first);
  return true;
}

/** What a selected cell can do. */
export interface CellCommands {
  edit(): void;
  run(): void;
  runAndInsert(): void;
  insertBelow(): void;
}

/** Handles a key pressed on a selected cell's own element; ignores keys from inside it. */
export function handleCommandKey(e: React.KeyboardEvent<HTMLElement>, cmd: CellCommands): void {
  if (e.target !== e.currentTarget) return;
  const plain = !e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey;
  const root = e.currentTarget;
  if (e.key === 'Enter') {
    if (e.shiftKey) {
      cmd.run();
      selectNeighbour(root, 1);
    } else if (e.ctrlKey || e.metaKey) cmd.run();
    else if (e.altKey) cmd.runAndInsert();
    else cmd.edit();
  } else if (plain && (e.key === 'j' || e.key === 'ArrowDown')) selectNeighbour(root, 1);
  else if (plain && (e.key === 'k' || e.key === 'ArrowUp')) selectNeighbour(root, -1);
  else if (plain && e.key === 'b') cmd.insertBelow();
  else return;
  e.preventDefault();
}
