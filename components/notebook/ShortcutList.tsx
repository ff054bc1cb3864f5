'use client';
import type { Messages } from '@/lib/i18n/messages';
import { useFullT } from '@/lib/i18n/full';

/** The list, in the order a student meets the keys: each row's key combinations (alternatives) and effect. */
function groups(m: Messages): { title: string; rows: [combos: string[][], what: string][] }[] {
  const k = m.shortcutList.keys;
  return [
  {
    title: m.shortcutList.editMode,
    rows: [
      [[['Shift', 'Enter']], k.runAdvance],
      [[['Ctrl/⌘', 'Enter']], k.run],
      [[['Alt', 'Enter']], k.runInsert],
      [[['Esc']], k.leave],
    ],
  },
  {
    title: m.shortcutList.commandMode,
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
 * The shortcut dialog's content: title, close button, the key list and a note. ShortcutHelp
 * loads it when the dialog first opens, with its messages (shortcutList, ko-extra.ts).
 */
export function ShortcutList({ onClose }: { onClose: () => void }) {
  const t = useFullT();
  return (
    <>
      <div className="shortcut-head">
        <h2 id="shortcut-title">{t.shortcutList.title}</h2>
        <button type="button" className="cell-minor" data-action="close" onClick={onClose}>
          {t.shortcutList.close}
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
      <p className="shortcut-note">{t.shortcutList.note}</p>
    </>
  );
}
