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
  // Saved edits, reset, lesson changes (issue 7).
  edits: {
    reset: '되돌리기',
    resetTitle: '이 셀을 수업의 원래 코드로 되돌립니다',
    resetConfirm: '이 셀에서 고친 내용을 지우고 수업의 원래 코드로 되돌릴까요? 되돌린 뒤에는 복구할 수 없습니다.',
    resetLesson: '수업 초기화',
    resetLessonTitle: '이 수업의 모든 셀을 원래 코드로 되돌립니다',
    resetLessonConfirm: '이 수업의 모든 셀에서 고친 내용을 지우고 원래 코드로 되돌릴까요? 되돌린 뒤에는 복구할 수 없습니다.',
    edited: '수정됨',
    editedTitle: '내가 고친 코드입니다. 이 브라우저에 자동으로 저장됩니다.',
    changedTitle: '수업 내용이 바뀌었습니다',
    changedBody: '이 셀을 고친 뒤에 수업의 코드가 새로 바뀌었습니다. 지금 편집기에는 내가 고친 코드가 있습니다.',
    keepMine: '내 코드 유지',
    takeNew: '새 버전으로 바꾸기',
    takeNewConfirm: '내가 고친 코드를 지우고 수업의 새 버전으로 바꿀까요? "둘 다 보기"에서 먼저 비교할 수 있습니다.',
    viewBoth: '둘 다 보기',
    hideBoth: '비교 닫기',
    diffLesson: '수업의 새 버전',
    diffMine: '내 코드',
    unavailable: '이 브라우저에서는 고친 코드를 저장할 수 없습니다 (저장소를 쓸 수 없음). 새로 고치면 고친 내용이 사라집니다.',
    saveFailed: '고친 코드를 저장하지 못했습니다 (브라우저 저장 공간 부족일 수 있습니다). 새로 고치기 전에 코드를 따로 복사해 두세요.',
  },
  // Messages the runtime writes into a cell's output (stop, time limit, crash, caps).
  limits: {
    restarted: '런타임을 새로 시작했습니다. 앞 셀에서 만든 변수는 사라졌으니 그 셀들을 다시 실행하세요. DuckDB 테이블은 그대로 있습니다.',
    stopped: '중지했습니다.',
    queryCancelled: '중지했습니다. 쿼리를 취소했습니다.',
    timeout: (seconds: string) =>
      `이 셀의 실행 시간 한도(${seconds}초)를 넘어 중지했습니다. 무한 반복이 없는지 확인하세요. 정말 더 오래 걸리는 작업이라면 수업 파일에서 셀 옵션 timeout=<초>로 한도를 늘릴 수 있습니다 (예: \`\`\`ts timeout=120).`,
    crashed: (detail: string) =>
      `런타임이 비정상 종료되어 새로 시작했습니다 (메모리 부족이나 close() 호출일 수 있습니다). 앞 셀에서 만든 변수는 사라졌으니 그 셀들을 다시 실행하세요. DuckDB 테이블은 그대로 있습니다. 자세한 내용: ${detail}`,
    unavailable: (reason: string) => `노트북 런타임을 사용할 수 없습니다: ${reason}. 페이지를 새로 고쳐 다시 시도하세요.`,
    moreChars: (n: string) => `… (나머지 ${n}자는 표시하지 않았습니다)`,
    moreLines: (n: string, cap: string) => `… 출력 ${n}줄을 더 생략했습니다 (한 번 실행에 ${cap}줄까지만 보여 줍니다)`,
    tooManyToBind: (name: string, rows: string, max: string) =>
      `결과가 ${rows}행이라 변수 ${name}에 담지 않았습니다 (name=으로 넘길 수 있는 최대 ${max}행). SQL에서 집계하거나 WHERE·LIMIT으로 줄이세요. 표에는 앞부분만 보입니다.`,
    errorTitle: {
      ResultTooLarge: '결과가 너무 큼',
      Timeout: '시간 초과',
      RuntimeCrashed: '런타임 비정상 종료',
      Interrupted: '중지됨',
      KernelUnavailable: '런타임 사용 불가',
    } as Record<string, string>,
  },
  hints: {
    label: '도움말',
    recursion: '함수가 끝없이 자기 자신을 호출하고 있을 수 있습니다 (무한 재귀). 재귀를 멈추는 조건을 확인하세요.',
    tooBig: '값이 너무 커서 메모리에 담을 수 없습니다. 데이터를 나누어 처리하거나, SQL로 먼저 집계하세요.',
    lessonTableGone: (table: string) =>
      `‘${table}’는 이 수업의 데이터 테이블입니다. 지웠거나 이름을 바꿨다면 위쪽의 ‘런타임 재시작’으로 수업 데이터를 다시 불러오세요 (직접 만든 테이블과 변수도 초기화됩니다).`,
    tableMissing: (table: string) => `‘${table}’ 테이블이 없습니다. 이름을 확인하거나, 이 테이블을 만드는 셀을 먼저 실행하세요.`,
    notDefined: '앞 셀에서 만든 변수라면 그 셀을 먼저 실행하세요 (런타임이 다시 시작되면 변수는 사라집니다).',
  },
  htmlOutputTitle: '셀이 만든 HTML (스크립트는 실행되지 않습니다)',
  visit: {
    interrupted: (cell: string) =>
      `지난번에 셀 ‘${cell}’을(를) 실행하는 도중 페이지가 종료되었습니다 (탭이 닫혔거나, 멈췄거나, 메모리가 부족했을 수 있습니다). 안전을 위해 아무 셀도 자동으로 실행하지 않았습니다.`,
    cellNote: '지난 방문에서 이 셀을 실행하던 중 페이지가 종료되었습니다. 무한 반복이나 너무 큰 데이터가 없는지 확인한 뒤 실행하세요.',
    goToCell: '셀로 이동',
    dismiss: '닫기',
  },
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
