/**
 * Interface text of scratch cells, the playground and keyboard shortcuts, kept in one place so it
 * can move into the i18n catalogue (`lib/i18n/`) as a whole. Korean by default.
 */
export const scratchText = {
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
  playground: {
    title: '연습장',
    intro:
      '수업과 별개인 빈 노트북입니다. TypeScript와 SQL 셀을 추가해 DuckDB와 셀 API(sql, table, chart…)를 자유롭게 실행해 보세요. 셀은 이 브라우저에 저장됩니다.',
    link: '연습장 열기',
    linkSummary: '빈 노트북에서 DuckDB와 TypeScript를 자유롭게 실행해 보세요.',
    empty: '셀이 없습니다. 아래 버튼으로 셀을 추가하세요.',
  },
  shortcuts: {
    button: '단축키',
    buttonLabel: '키보드 단축키 보기 (?)',
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
  },
} as const;
