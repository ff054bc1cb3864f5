/**
 * Korean interface text of scratch cells, the shortcut button and the notebook download menu;
 * part of `koCore` (see ko-core.ts), kept in its own module so each dictionary file stays small.
 * The playground's text, the shortcut list and the table download menu are in ko-extra.ts.
 */
export const koScratch = {
  addTs: '+ TS',
  addSql: '+ SQL',
  addTsLabel: '여기에 TypeScript 셀 추가',
  addSqlLabel: '여기에 SQL 셀 추가',
  badge: '내 셀',
  badgeTitle: '내가 추가한 셀입니다. 이 브라우저에 저장되며, 수업의 「모두 실행」과 앞 셀 실행에는 포함되지 않습니다.',
  delete: '삭제',
  deleteLabel: '이 셀 삭제',
  placeholder: { ts: 'TypeScript를 입력하고 Shift+Enter로 실행하세요', sql: 'SQL을 입력하고 Shift+Enter로 실행하세요' },
  deleteConfirm: '이 셀을 삭제할까요? 작성한 코드는 되돌릴 수 없습니다.',
  /** The top-bar button; the dialog's list is in shortcutList (ko-extra.ts), loaded when it opens. */
  shortcuts: {
    button: '단축키',
    buttonLabel: '키보드 단축키 보기 (?)',
  },
};

export const koExports = {
  failed: (message: string) => `내려받지 못했습니다: ${message}`,
  notebookMenu: '내 노트북 내려받기',
  notebookMenuTitle: '내가 고친 코드가 들어간 이 수업을 파일로 내려받습니다',
  ipynb: 'Jupyter 노트북 (.ipynb)',
  ipynbHelp: 'Deno 커널로 실행합니다. 연습 문제 정답·채점 코드는 빠집니다.',
  markdown: '수업 Markdown (.md)',
  markdownHelp: '수업 형식 그대로: 이 사이트와 GitHub에서 읽힙니다.',
  notReady: '노트북을 준비하는 중입니다',
};
