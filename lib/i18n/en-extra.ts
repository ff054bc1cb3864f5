import type { ExtraMessages } from './messages';

// Not module exports: only through koExtra / enExtra, which the whole dictionaries join.
/** The playground page's own text (server-rendered). */
const enPlayground: ExtraMessages['playground'] = {
  title: 'Playground',
  intro:
    'A blank notebook, apart from the lessons. Add TypeScript and SQL cells and run DuckDB and the cell API (sql, table, chart…) freely. Cells are saved in this browser.',
  link: 'Open the playground',
  linkSummary: 'Run DuckDB and TypeScript freely in a blank notebook.',
  empty: 'No cells yet. Add one with the buttons below.',
};

/** The shortcut dialog's list, loaded when the dialog first opens. */
const enShortcutList: ExtraMessages['shortcutList'] = {
  title: 'Keyboard shortcuts',
  close: 'Close',
  note: 'A new cell gets the language (TS/SQL) of the current cell and is saved in this browser.',
  editMode: 'In the editor',
  commandMode: 'Outside the editor (command mode)',
  keys: {
    runAdvance: 'Run and move to the next cell',
    run: 'Run in place',
    runInsert: 'Run and add a new cell below',
    leave: 'Leave the editor (command mode)',
    enter: 'Edit the cell (back into the editor)',
    next: 'Select the next cell',
    previous: 'Select the previous cell',
    insert: 'Add a new cell below',
    help: 'Open this list',
    closeHelp: 'Close this list',
  },
};

/** A table output's download menu (the table view loads with the first table). */
const enTableExports: ExtraMessages['tableExports'] = {
  menu: 'Download',
  tableMenuTitle: 'Download this table as a file',
  csv: 'CSV',
  csvTitle: 'CSV (UTF-8, opens in Excel with Korean intact)',
  parquet: 'Parquet',
  parquetTitle: 'Parquet (a columnar analytics file that keeps column types)',
  working: 'Preparing…',
  capped: (kept: string, total: string) =>
    `Downloads only the first ${kept} rows kept in the table (of ${total}). For all of them, write a Parquet file with lake.write and download that.`,
  all: (total: string) => `Downloads all ${total} rows.`,
};

/** English messages that appear only after a run: the same keys as `koExtra` (see ko-extra.ts). */
export const enExtra: ExtraMessages = {
  timeline: {
    play: 'Play',
    pause: 'Pause',
    speed: 'Playback speed',
    scrub: 'Playback position',
    elapsed: (seconds: string) => `${seconds} s`,
    sample: (shown: number, total: number) => `Showing ${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} events`,
    tones: {
      event: 'Event', ok: 'Processed', late: 'Arrived late', dropped: 'Dropped', corrected: 'Corrected', error: 'Transient failure',
      fatal: 'Permanent failure', wait: 'Wait', window: 'Window', batch: 'Batch',
    },
  },
  lake: {
    title: 'Data lake',
    summary: (files: number, size: string) => `${files.toLocaleString('en-US')} ${files === 1 ? 'file' : 'files'} · ${size}`,
    empty: 'The lake is empty. Create files with lake.write(path, query).',
    emptyPattern: (pattern: string) => `No files match '${pattern}'.`,
    path: 'Path',
    rows: 'Rows',
    size: 'Size',
    schema: 'Columns',
    download: 'Download',
    downloadTitle: (path: string) => `Download ${path} as it is (Parquet)`,
    gone: (path: string) => `${path} is no longer in the lake (deleted, or the runtime restarted).`,
    snapshot: 'The list as it was when the cell ran. Download fetches the file as it is in the lake now.',
  },
  diagram: {
    kinds: { source: 'Source', queue: 'Queue · log', processor: 'Processing', storage: 'Storage', serving: 'Serving', bi: 'BI' },
    rows: (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'row' : 'rows'}`,
    missing: 'Not yet',
    moved: (delta: number) => `${delta > 0 ? '+' : '−'}${Math.abs(delta).toLocaleString('en-US')} rows`,
    hint: 'Click a box that shows a row count to preview its data. Every run updates the counts, and an arrow moves toward the places where rows were added or removed.',
    preview: (name: string) => `Preview of ${name}`,
    previewLoading: 'Loading…',
    previewMissing: (name: string) => `${name} does not exist yet. Run the cells above first.`,
    close: 'Close',
    openPreview: (label: string) => `${label}: preview the data`,
  },
  playground: enPlayground,
  shortcutList: enShortcutList,
  tableExports: enTableExports,
  /** What a Check found (the report view loads with the first Check). */
  exerciseReport: {
    solved: 'Every check passed. Well done!',
    passedCount: (passed: number, total: number) => `${passed} of ${total} checks passed`,
    codeError: 'Your code raised an error, so nothing was checked. Fix the error in the cell above, then check again.',
    hiddenCodeError: (message: string) => `Running on the hidden data raised an error: ${message}`,
    hiddenFailed: 'Right on the visible data, wrong on the hidden data. Compute the values from the data instead of writing them into the code.',
    setupError: (message: string) => `The checks could not be prepared (the lesson material may be at fault): ${message}`,
    interrupted: 'The check was stopped.',
    noChecks: 'No checks ran for this exercise.',
    notRun: 'Not run',
    expected: 'Expected',
    actual: 'Actual',
    missingRow: '(none)',
    moreRows: (n: number) => `${n} more rows differ too.`,
    rowNumber: 'Row',
    onHidden: 'Hidden data',
  },
  /** A cell's lesson-changed notice and the storage notices (they load when shown). */
  editNotices: {
    changedTitle: 'The lesson has changed',
    changedBody: "The lesson's code for this cell changed after you edited it. The editor holds your version.",
    keepMine: 'Keep mine',
    takeNew: 'Take the new version',
    takeNewConfirm: 'Discard your code and take the new version of the lesson? "Compare" shows both first.',
    viewBoth: 'Compare',
    hideBoth: 'Close comparison',
    diffLesson: "Lesson's new version",
    diffMine: 'My code',
    unavailable: 'This browser cannot save your edits (storage is unavailable). Reloading the page loses them.',
    saveFailed: 'Your edits could not be saved (the browser may be out of storage). Copy your code somewhere before reloading.',
  },
  /** The notices about the previous visit (they load when shown). */
  visit: {
    interrupted: (cell: string) =>
      `Last time, the page ended while cell ‘${cell}’ was running (the tab was closed, froze, or ran out of memory). To be safe, no cell was run automatically.`,
    cellNote: 'On your last visit the page ended while this cell was running. Check for endless loops or very large data before running it.',
    goToCell: 'Go to the cell',
    dismiss: 'Dismiss',
  },
};
