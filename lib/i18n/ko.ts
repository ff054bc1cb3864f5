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
  interrupted: '실행이 중지되었습니다.',
  staleVars: '런타임이 초기화되어 이 셀의 변수는 사라졌습니다. 다시 실행하세요.',
  /** Labels the cell toolkit (simulator, retry) writes into charts and timelines. */
  toolkit: {
    lanes: { happened: '발생 (이벤트 시각)', arrived: '도착', batch: '배치 실행', processed: '처리', window: '창 (이벤트 시각)', result: '결과 반영' },
    counters: { happened: '발생', arrived: '도착', processed: '처리', late: '늦음', dropped: '버림', attempts: '시도', failures: '실패' },
    watermark: '워터마크',
    timelineTitle: (name: string) => `${name}: 이벤트 흐름`,
    batchLabel: (index: number, events: number) => `${index}번째 배치: 이벤트 ${events.toLocaleString('ko-KR')}개`,
    windowLabel: (count: number, emittedAt: string) => `이벤트 ${count.toLocaleString('ko-KR')}개, ${emittedAt}에 결과 내보냄`,
    latencyTitle: (name: string, bucket: string) => `${name}: 종단 지연 (이벤트 시각 → 결과, ${bucket} 단위)`,
    throughputTitle: (name: string, bucket: string) => `${name}: ${bucket}마다 도착·처리한 이벤트 수`,
    windowsTitle: (name: string) => `${name}: 창별 이벤트 수`,
    windowsCount: '이벤트 수',
    seconds: '초',
    avg: '평균',
    max: '최대',
    arrived: '도착',
    processed: '처리',
    retryTitle: '재시도 시도',
    attempt: (n: number) => `${n}번째 시도`,
    waited: (what: string) => `${what} 대기`,
    succeeded: '성공',
    runLegend: { event: '이벤트', ok: '처리됨', late: '늦게 도착', dropped: '버림 (창이 이미 닫힘)', corrected: '정정 (늦게 반영)', window: '창', batch: '배치 실행' },
    retryLegend: { ok: '성공', error: '실패 → 다시 시도', fatal: '실패 → 포기', wait: '대기 (백오프)' },
  },
  /** The timeline output's controls and legend. */
  timeline: {
    play: '재생',
    pause: '일시정지',
    speed: '재생 속도',
    scrub: '재생 위치',
    elapsed: (seconds: string) => `${seconds}초`,
    sample: (shown: number, total: number) => `이벤트 ${total.toLocaleString('ko-KR')}개 중 ${shown.toLocaleString('ko-KR')}개만 표시`,
    tones: {
      event: '이벤트', ok: '정상 처리', late: '늦게 도착', dropped: '버림', corrected: '정정됨', error: '일시적 실패',
      fatal: '영구 실패', wait: '대기', window: '창', batch: '배치',
    } as Record<string, string>,
  },
} as const;

export type Dict = typeof ko;
export const t: Dict = ko;
