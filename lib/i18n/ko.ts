/**
 * Interface strings. Korean is the default language of the interface; keys are English so a
 * second dictionary (issue: languages) can be added without touching components.
 */
export const ko = {
  siteTitle: '데이터 엔지니어링 노트북',
  siteTagline: '브라우저에서 바로 실행하는 데이터 엔지니어링 수업',
  lessons: '수업 목록',
  sections: '섹션',
  cells: '실행 셀',
  contents: '목차',
  objectives: '학습 목표',
  credit: '출처',
  run: '실행',
  runTitle: '이 셀 실행 (Shift+Enter: 실행 후 다음 셀, Ctrl+Enter: 제자리 실행)',
  stop: '중지',
  runAll: '모두 실행',
  runAbove: '위 셀까지 실행',
  restart: '런타임 재시작',
  restartConfirm: '런타임을 재시작하면 변수와 DuckDB 테이블이 모두 초기화됩니다. 계속할까요?',
  kernel: {
    loading: '런타임 준비 중…',
    ready: '런타임 준비됨',
    busy: '실행 중…',
    dead: '런타임을 불러오지 못했습니다',
  },
  status: {
    idle: '',
    queued: '대기 중',
    running: '실행 중',
    done: '완료',
    error: '오류',
  },
  rows: (n: number) => `${n.toLocaleString('ko-KR')}행`,
  rowsShown: (shown: number, total: number) =>
    `${total.toLocaleString('ko-KR')}행 중 ${shown.toLocaleString('ko-KR')}행 표시`,
  lineLabel: (n: number) => `${n}번째 줄`,
  showHidden: '숨겨진 셀 보기',
  hideCell: '셀 숨기기',
  readonly: '읽기 전용',
  norun: '모두 실행에서 제외',
  back: '← 수업 목록',
  language: { ko: '한국어', en: 'English' } as Record<string, string>,
  loadingEditor: '편집기 불러오는 중…',
  dbLoading: 'DuckDB 불러오는 중…',
  interrupted: '실행이 중지되었습니다.',
  staleVars: '런타임이 초기화되어 이 셀의 변수는 사라졌습니다. 다시 실행하세요.',
} as const;

export type Dict = typeof ko;
export const t: Dict = ko;
