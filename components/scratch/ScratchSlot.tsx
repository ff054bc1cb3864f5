'use client';
import { Fragment } from 'react';
import { useNotebook } from '@/components/notebook/NotebookProvider';
import { InsertBar } from './InsertBar';
import { ScratchCell } from './ScratchCell';
import { useScratchGroup } from './use-scratch';

interface Props {
  /** The lesson cell this slot follows (null: the top, the playground's only slot). */
  anchor: string | null;
  /** Show the control above the first scratch cell (a lesson: right below its cell). */
  leadingBar?: boolean;
  /** Said when there are no cells (the playground after deleting them all). */
  emptyText?: React.ReactNode;
}

/** The student's scratch cells below one lesson cell, each followed by a control to add another. */
export function ScratchSlot({ anchor, leadingBar = true, emptyText }: Props) {
  const group = useScratchGroup(anchor);
  const ready = useNotebook() !== null;
  return (
    <>
      {emptyText && ready && group.length === 0 && <p className="scratch-empty">{emptyText}</p>}
      {(leadingBar || group.length === 0) && <InsertBar below={anchor} />}
      {group.map((r) => (
        <Fragment key={r.id}>
          <ScratchCell record={r} />
          <InsertBar below={r.id} />
        </Fragment>
      ))}
    </>
  );
}
