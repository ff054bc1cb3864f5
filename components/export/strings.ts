/**
 * Interface strings of the download menus, in one place so the i18n work can move them into the
 * dictionaries (lib/i18n/) without touching the components.
 */
export const exportStrings = {
  menu: '내려받기',
  tableMenuTitle: '이 표를 파일로 내려받습니다',
  csv: 'CSV',
  csvTitle: 'CSV (UTF-8, 엑셀에서 한글이 그대로 보입니다)',
  parquet: 'Parquet',
  parquetTitle: 'Parquet (열 형식을 그대로 지키는 분석용 파일)',
  working: '만드는 중…',
  failed: (message: string) => `내려받지 못했습니다: ${message}`,
  /** The output kept only part of the result: say what the file will hold. */
  capped: (kept: string, total: string) =>
    `표에 남아 있는 처음 ${kept}행만 내려받습니다 (전체 ${total}행). 전체가 필요하면 lake.write로 Parquet 파일을 만들어 내려받으세요.`,
  all: (total: string) => `${total}행 전체를 내려받습니다.`,
  notebookMenu: '내 노트북 내려받기',
  notebookMenuTitle: '내가 고친 코드가 들어간 이 수업을 파일로 내려받습니다',
  ipynb: 'Jupyter 노트북 (.ipynb)',
  ipynbHelp: 'Deno 커널로 실행합니다. 연습 문제 정답·채점 코드는 빠집니다.',
  markdown: '수업 Markdown (.md)',
  markdownHelp: '수업 형식 그대로: 이 사이트와 GitHub에서 읽힙니다.',
  notReady: '노트북을 준비하는 중입니다',
};
