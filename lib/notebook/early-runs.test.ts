import { describe, expect, test } from 'vitest';
import { EARLY_RUN_SCRIPT, takeEarlyRuns } from './early-runs';

/** Runs the inline script against a stand-in window and document; returns a click simulator. */
function install() {
  const win: { __deEarlyRuns?: string[] } = {};
  let listener: ((e: unknown) => void) | undefined;
  const doc = { addEventListener: (_type: string, fn: (e: unknown) => void) => (listener = fn) };
  new Function('window', 'document', EARLY_RUN_SCRIPT)(win, doc);
  const element = (matches: Record<string, unknown>) => ({ closest: (selector: string) => matches[selector] ?? null });
  const cellEl = (id: string) => ({ getAttribute: (name: string) => (name === 'data-cell-id' ? id : null) });
  return {
    win,
    clickRun: (id: string) => listener!({ target: element({ '[data-action="run"]': element({ '[data-cell-id]': cellEl(id) }) }) }),
    clickElsewhere: () => listener!({ target: element({}) }),
  };
}

describe('early Run clicks', () => {
  test('are kept in click order, once per cell, and handed over once', () => {
    const { win, clickRun, clickElsewhere } = install();
    clickRun('b');
    clickElsewhere();
    clickRun('a');
    clickRun('b');
    expect(takeEarlyRuns(win)).toEqual(['b', 'a']);
    expect(takeEarlyRuns(win)).toEqual([]);
  });

  test('are no longer recorded once the notebook has taken them', () => {
    const { win, clickRun } = install();
    expect(takeEarlyRuns(win)).toEqual([]);
    clickRun('a');
    expect(takeEarlyRuns(win)).toEqual([]);
  });
});
