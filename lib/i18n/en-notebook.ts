/**
 * English interface text of scratch cells, the shortcut button and the notebook download menu;
 * part of `enCore` (see en-core.ts). The `CoreMessages` type keeps its keys equal to the Korean
 * ones; the rest is in en-extra.ts.
 */
import type { CoreMessages } from './messages';

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
