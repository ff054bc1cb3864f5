/**
 * English interface text of scratch cells, the playground, keyboard shortcuts and the download
 * menus; part of `en` (see en.ts). The `Messages` type keeps its keys equal to the Korean ones.
 */
import type { CoreMessages, ExtraMessages } from './messages';

export const enScratch: CoreMessages['scratch'] = {
  addTs: '+ TS',
  addSql: '+ SQL',
  addTsLabel: 'Add a TypeScript cell here',
  addSqlLabel: 'Add a SQL cell here',
  badge: 'My cell',
  badgeTitle: 'A cell you added. It is saved in this browser and is not part of the lesson\'s Run all or of running the cells above.',
  delete: 'Delete',
  deleteLabel: 'Delete this cell',
  placeholder: { ts: 'Type TypeScript and press Shift+Enter to run it', sql: 'Type SQL and press Shift+Enter to run it' },
  deleteConfirm: 'Delete this cell? Its code cannot be brought back.',
  /** The top-bar button; the dialog's list is in shortcutList (ko-extra.ts), loaded when it opens. */
  shortcuts: {
    button: 'Shortcuts',
    buttonLabel: 'Show keyboard shortcuts (?)',
  },
};

export const enExports: CoreMessages['exports'] = {
  failed: (message: string) => `Could not download: ${message}`,
  notebookMenu: 'Download my notebook',
  notebookMenuTitle: 'Download this lesson with the code as you changed it',
  ipynb: 'Jupyter notebook (.ipynb)',
  ipynbHelp: 'Runs on the Deno kernel. Exercise solutions and checks are left out.',
  markdown: 'Lesson Markdown (.md)',
  markdownHelp: 'In the lesson format: readable on this site and on GitHub.',
  notReady: 'Preparing the notebook',
};

// The parts below are in ko-extra.ts / en-extra.ts: not in a lesson page's first-load scripts.

/** The playground page's own text (server-rendered). */
export const enPlayground: ExtraMessages['playground'] = {
  title: 'Playground',
  intro:
    'A blank notebook, apart from the lessons. Add TypeScript and SQL cells and run DuckDB and the cell API (sql, table, chart…) freely. Cells are saved in this browser.',
  link: 'Open the playground',
  linkSummary: 'Run DuckDB and TypeScript freely in a blank notebook.',
  empty: 'No cells yet. Add one with the buttons below.',
};

/** The shortcut dialog's list, loaded when the dialog first opens. */
export const enShortcutList: ExtraMessages['shortcutList'] = {
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
export const enTableExports: ExtraMessages['tableExports'] = {
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
