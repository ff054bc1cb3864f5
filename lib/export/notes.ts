/**
 * Text the exporters write into the files they make (not interface text): in the lesson's own
 * language, since the file continues the lesson.
 */
export interface ExportNotes {
  /** HTML comment put after the front matter of the Markdown export. */
  markdownHeader(date: string): string;
  /** What an emptied cell holds in the Markdown export (the format has no empty cells). */
  emptyCell: string;
  /** Under the title of the Jupyter notebook: how to run it. */
  notebookIntro(dataFiles: string[]): string;
  /** Before a quiz in the Jupyter notebook. */
  quiz: string;
}

const ko: ExportNotes = {
  markdownHeader: (date) => `<!-- de-notebook에서 ${date}에 내려받은 내 버전입니다. 셀에는 내가 고친 코드가 들어 있습니다. -->`,
  emptyCell: '(빈 셀)',
  notebookIntro: (files) =>
    [
      '> de-notebook 수업에서 내려받은 노트북입니다. 셀에는 내가 고친 코드가 들어 있습니다.',
      '> [Deno](https://docs.deno.com/runtime/reference/cli/jupyter/) 커널(`deno jupyter --install`)로 실행하세요. ' +
        '첫 코드 셀이 DuckDB(`npm:@duckdb/node-api`)와 `sql`, `db.exec`, `display`, `table`을 준비합니다. ' +
        '`chart`, `lake`, `sim` 같은 나머지 기능은 사이트에서만 동작합니다.',
      ...(files.length > 0 ? [`> 수업의 데이터 파일(${files.map((f) => `\`${f}\``).join(', ')})을 이 노트북과 같은 폴더에 두세요.`] : []),
    ].join('\n'),
  quiz: '**퀴즈** (정답과 해설은 사이트에서 확인하세요)',
};

const en: ExportNotes = {
  markdownHeader: (date) => `<!-- My version of this lesson, downloaded from de-notebook on ${date}: the cells hold my edited code. -->`,
  emptyCell: '(empty cell)',
  notebookIntro: (files) =>
    [
      '> Downloaded from a de-notebook lesson; the cells hold my edited code.',
      '> Run it with the [Deno](https://docs.deno.com/runtime/reference/cli/jupyter/) kernel (`deno jupyter --install`). ' +
        'The first code cell sets up DuckDB (`npm:@duckdb/node-api`) with `sql`, `db.exec`, `display` and `table`; ' +
        '`chart`, `lake`, `sim` and the rest work on the site only.',
      ...(files.length > 0 ? [`> Put the lesson's data files (${files.map((f) => `\`${f}\``).join(', ')}) next to this notebook.`] : []),
    ].join('\n'),
  quiz: '**Quiz** (answers and explanations are on the site)',
};

/** The notes for a lesson language. */
export function exportNotes(language: 'ko' | 'en'): ExportNotes {
  return language === 'en' ? en : ko;
}
