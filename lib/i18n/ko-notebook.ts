/**
 * Korean interface text of scratch cells, the playground, keyboard shortcuts and the download
 * menus; part of `ko` (see ko.ts), kept in its own module so each dictionary file stays small.
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

// The parts below are in ko-extra.ts / en-extra.ts: not in a lesson page's first-load scripts.

/** The playground page's own text (server-rendered). */
export const koPlayground = {
  title: '연습장',
  intro:
    '수업과 별개인 빈 노트북입니다. TypeScript와 SQL 셀을 추가해 DuckDB와 셀 API(sql, table, chart…)를 자유롭게 실행해 보세요. 셀은 이 브라우저에 저장됩니다.',
  link: '연습장 열기',
  linkSummary: '빈 노트북에서 DuckDB와 TypeScript를 자유롭게 실행해 보세요.',
  empty: '셀이 없습니다. 아래 버튼으로 셀을 추가하세요.',
};

/** The shortcut dialog's list, loaded when the dialog first opens. */
export const koShortcutList = {
  title: '키보드 단축키',
  close: '닫기',
  note: '새 셀은 지금 셀과 같은 언어(TS/SQL)로 추가되며, 이 브라우저에 저장됩니다.',
  editMode: '에디터 안에서',
  commandMode: '에디터 밖에서 (명령 모드)',
  keys: {
    runAdvance: '실행하고 다음 셀로 이동',
    run: '실행 (제자리)',
    runInsert: '실행하고 아래에 새 셀 추가',
    leave: '에디터에서 나가기 (명령 모드)',
    enter: '셀 편집 (에디터로 들어가기)',
    next: '다음 셀 선택',
    previous: '이전 셀 선택',
    insert: '아래에 새 셀 추가',
    help: '이 목록 열기',
    closeHelp: '이 목록 닫기',
  },
};

/** A table output's download menu (the table view loads with the first table). */
export const koTableExports = {
  menu: '내려받기',
  tableMenuTitle: '이 표를 파일로 내려받습니다',
  csv: 'CSV',
  csvTitle: 'CSV (UTF-8, 엑셀에서 한글이 그대로 보입니다)',
  parquet: 'Parquet',
  parquetTitle: 'Parquet (열 형식을 그대로 지키는 분석용 파일)',
  working: '만드는 중…',
  /** The output kept only part of the result: say what the file will hold. */
  capped: (kept: string, total: string) =>
    `표에 남아 있는 처음 ${kept}행만 내려받습니다 (전체 ${total}행). 전체가 필요하면 lake.write로 Parquet 파일을 만들어 내려받으세요.`,
  all: (total: string) => `${total}행 전체를 내려받습니다.`,
};
