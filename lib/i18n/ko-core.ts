/**
 * Interface strings in Korean, the default language of the interface: the part a lesson page's
 * first-load scripts carry (what its controls show and say). Messages of outputs and checks that
 * appear only after a run are in ko-extra.ts; ko.ts joins both. `en-core.ts` holds the same keys
 * in English (the types in messages.ts make the compiler enforce it).
 */
import { koExports, koScratch } from './ko-notebook';

export const koCore = {
  siteTitle: '데이터 엔지니어링 노트북',
  siteTagline: '브라우저에서 바로 실행하는 데이터 엔지니어링 수업',
  /** BCP 47 locale for numbers the page formats (chart ticks, counters): Korean says 1.8만, English 18K. */
  locale: 'ko-KR',
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
  runCell: (id: string) => `셀 실행: ${id}`,
  stopCell: (id: string) => `셀 중지: ${id}`,
  cellCode: (lang: string, id: string) => `${lang} 셀 ${id}의 코드`,
  columns: (n: number) => `${n}열`,
  columnLabel: (n: number) => `${n}열`,
  skipToContent: '본문으로 건너뛰기',
  /** Interface preferences in the top bar: theme and language. */
  prefs: {
    label: '화면 설정',
    theme: '테마',
    themeSystem: '시스템 설정 따르기',
    themeLight: '밝은 테마',
    themeDark: '어두운 테마',
    language: '화면 언어',
  },
  tocToggle: '목차 열기/닫기',
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
  kernel: {
    loading: '런타임 준비 중…',
    ready: '런타임 준비됨',
    busy: '실행 중…',
    dead: '런타임을 불러오지 못했습니다',
  },
  status: {
    idle: '실행 전',
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
  language: { ko: '한국어', en: '영어' } as Record<string, string>,
  loadingEditor: '편집기 불러오는 중…',
  dbLoading: 'DuckDB 불러오는 중…',
  interrupted: '실행이 중지되었습니다.',
  staleVars: '런타임이 초기화되어 이 셀의 변수는 사라졌습니다. 다시 실행하세요.',
  /** The exercise panel under an exercise's starter cells. */
  exercise: {
    label: '연습 문제',
    check: '확인',
    checking: '확인 중…',
    checkingHidden: '숨은 데이터로 확인 중…',
    hint: (next: number, total: number) => `힌트 보기 (${next}/${total})`,
    noMoreHints: '힌트를 모두 봤습니다',
    hintTitle: (n: number) => `힌트 ${n}`,
    solution: '정답 보기',
    solutionConfirm: '정답을 보면 이 문제를 스스로 푸는 기회가 줄어듭니다. 힌트를 먼저 써 보세요. 그래도 정답을 볼까요?',
    solutionTitle: '정답 코드',
    applySolution: '정답을 편집기에 넣기',
    applyConfirm: '지금 편집기에 있는 코드가 정답 코드로 바뀝니다. 계속할까요?',
    reset: '처음 코드로',
    resetConfirm: '시작 코드로 되돌리면 지금 고친 코드가 사라집니다. 계속할까요?',
    attempts: (n: number) => `시도 ${n}회`,
    hintsUsed: (n: number) => `힌트 ${n}개 사용`,
  },
  /** Quizzes. */
  quiz: {
    label: '퀴즈',
    check: '답 확인',
    correct: '정답입니다.',
    wrong: '다시 생각해 보세요.',
    missed: '이것도 정답입니다.',
    chooseMultiple: '알맞은 것을 모두 고르세요.',
    allCorrect: '모두 맞혔습니다!',
  },
  /** Stored progress: table of contents, course index, export. */
  progress: {
    status: { 'not-started': '시작 전', attempted: '시도함', solved: '해결' } as Record<string, string>,
    lessonSummary: (solved: number, total: number) => `연습·퀴즈 ${total}개 중 ${solved}개 해결`,
    export: '진행 상황 내보내기 (JSON)',
    exportHelp: '과제로 제출할 때 이 파일을 내세요. 진행 상황은 이 브라우저에만 저장됩니다.',
    studentName: '이름 (선택)',
    unavailable: '이 브라우저에서는 진행 상황을 저장할 수 없습니다.',
  },
  lessonCheckNote: '강사용 점검 페이지입니다. npm run lessons:check가 이 페이지에서 수업을 위에서부터 실행합니다.',
  scratch: koScratch,
  exports: koExports,
} as const;
