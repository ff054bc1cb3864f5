'use client';
import { useEffect, useRef } from 'react';
import type { CoreMessages } from '@/lib/i18n/messages';
import { T } from '@/lib/i18n/T';
import { useT } from '@/lib/i18n/use-t';
import { isTyping, selectFirstVisible } from './command-mode';

/** The list, in the order a student meets the keys: each row's key combinations (alternatives) and effect. */
function groups(m: CoreMessages): { title: string; rows: [combos: string[][], what: string][] }[] {
  const k = m.scratch.shortcuts.keys;
  return [
  {
    title: m.scratch.shortcuts.editMode,
    rows: [
      [[['Shift', 'Enter']], k.runAdvance],
      [[['Ctrl/⌘', 'Enter']], k.run],
      [[['Alt', 'Enter']], k.runInsert],
      [[['Esc']], k.leave],
    ],
  },
  {
    title: m.scratch.shortcuts.commandMode,
    rows: [
      [[['Enter']], k.enter],
      [[['J'], ['↓']], k.next],
      [[['K'], ['↑']], k.previous],
      [[['B']], k.insert],
      [[['Shift', 'Enter']], k.runAdvance],
      [[['Alt', 'Enter']], k.runInsert],
      [[['?']], k.help],
      [[['Esc']], k.closeHelp],
    ],
  },
  ];
}

/** One key combination as `<kbd>` keys joined by +. */
function Combo({ keys }: { keys: string[] }) {
  return keys.map((key, i) => (
    <span key={key}>
      {i > 0 && ' + '}
      <kbd>{key}</kbd>
    </span>
  ));
}

/**
 * The keyboard shortcut list: a button for the page's top bar and a dialog, also opened by `?`
 * when the student is not typing. Outside any editor, j/k selects the first cell on screen.
 */
export function ShortcutHelp() {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const open = () => dialog.current?.open || dialog.current?.showModal();

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
      <button type="button" className="shortcut-button" data-action="shortcuts" onClick={open} aria-label={t.scratch.shortcuts.buttonLabel} title={t.scratch.shortcuts.buttonLabel}>
        ⌨ <T m={(d) => d.scratch.shortcuts.button} />
      </button>
      <dialog ref={dialog} className="shortcut-dialog" data-dialog="shortcuts" aria-labelledby="shortcut-title">
        <div className="shortcut-head">
          <h2 id="shortcut-title">{t.scratch.shortcuts.title}</h2>
          <button type="button" className="cell-minor" data-action="close" onClick={() => dialog.current?.close()}>
            {t.scratch.shortcuts.close}
          </button>
        </div>
        {groups(t).map((g) => (
          <section key={g.title}>
            <h3>{g.title}</h3>
            <dl className="shortcut-list">
              {g.rows.map(([combos, what]) => (
                <div key={what + combos.join()}>
                  <dt>
                    {combos.map((combo, i) => (
                      <span key={combo.join()}>
                        {i > 0 && ' / '}
                        <Combo keys={combo} />
                      </span>
                    ))}
                  </dt>
                  <dd>{what}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
        <p className="shortcut-note">{t.scratch.shortcuts.note}</p>
      </dialog>
    </>
  );
}
