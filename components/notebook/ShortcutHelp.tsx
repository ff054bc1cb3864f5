'use client';
import dynamic from 'next/dynamic';
import { useEffect, useRef, useState } from 'react';
import { T } from '@/lib/i18n/T';
import { useT } from '@/lib/i18n/use-t';
import { useLabels } from '@/lib/i18n/use-labels';
import { isTyping, selectFirstVisible } from './command-mode';

// The list and its messages load when the dialog first opens: most students never open it.
const ShortcutList = dynamic(() => import('./ShortcutList').then((m) => m.ShortcutList), { ssr: false });

/**
 * The keyboard shortcut list: a button for the page's top bar and a dialog, also opened by `?`
 * when the student is not typing. Outside any editor, j/k selects the first cell on screen.
 */
export function ShortcutHelp() {
  const t = useT();
  const l = useLabels();
  const dialog = useRef<HTMLDialogElement>(null);
  const [opened, setOpened] = useState(false);
  const open = () => {
    setOpened(true);
    if (!dialog.current?.open) dialog.current?.showModal();
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || dialog.current?.open) return;
      const active = document.activeElement;
      if (isTyping(active)) return;
      if (e.key === '?') open();
      else if ((e.key === 'j' || e.key === 'k') && (!active || active === document.body)) selectFirstVisible();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <button type="button" className="shortcut-button" data-action="shortcuts" onClick={open} {...l({ 'aria-label': (d) => d.scratch.shortcuts.buttonLabel, title: (d) => d.scratch.shortcuts.buttonLabel })}>
        <span aria-hidden="true">⌨</span> <span className="topbar-label"><T m={(d) => d.scratch.shortcuts.button} /></span>
      </button>
      <dialog ref={dialog} className="shortcut-dialog" data-dialog="shortcuts" aria-labelledby="shortcut-title">
        {opened && <ShortcutList onClose={() => dialog.current?.close()} />}
      </dialog>
    </>
  );
}
