'use client';
import { useSyncExternalStore } from 'react';
import type { CellEditState } from '@/lib/progress/edit-session';
import { useNotebook } from './NotebookProvider';

const UNEDITED: CellEditState = { edited: false };
const noop = () => () => {};

/** Live edit state of one cell (edited? lesson changed underneath?). */
export function useCellEdit(id: string): CellEditState {
  const edits = useNotebook()?.progress.edits;
  return useSyncExternalStore(
    edits ? (fn) => edits.subscribe(id, fn) : noop,
    () => (edits ? edits.state(id) : UNEDITED),
    () => UNEDITED,
  );
}
