'use client';
import { useSyncExternalStore } from 'react';
import type { ScratchRecord } from '@/lib/scratch/types';
import { useNotebook } from '@/components/notebook/NotebookProvider';

const NONE: readonly ScratchRecord[] = [];
const noop = () => () => {};

/** The scratch cells under a lesson cell (null: before every lesson cell), live. */
export function useScratchGroup(anchor: string | null): readonly ScratchRecord[] {
  const scratch = useNotebook()?.scratch;
  return useSyncExternalStore(
    scratch ? (fn) => scratch.subscribe(fn) : noop,
    () => (scratch ? scratch.group(anchor) : NONE),
    () => NONE,
  );
}
