import { koPlayground, koShortcutList, koTableExports } from './ko-notebook';
/**
 * Korean messages that appear only after a run: failing exercise checks, the cell toolkit's chart
 * and timeline labels, the timeline, lake and diagram outputs. They stay out of a lesson page's
 * first-load scripts: the views and checks that show them load on demand (ko.ts joins them with
 * ko-core.ts for those, for the server and for the runner worker).
 */
export const koExtra = {
  /** Messages of failing exercise checks (made in the runner, shown to the student). */
  checks: {
    rowCount: (expected: number, actual: number) => `행 수가 다릅니다: ${expected}행이어야 하는데 ${actual}행입니다.`,
    tableMissing: (name: string) => `테이블을 찾을 수 없습니다: ${name}`,
    queryFailed: (message: string) => `결과를 읽지 못했습니다: ${message}`,
    notRows: (what: string) => `표(행 목록)여야 하는데 ${what}입니다.`,
    columnsMissing: (missing: string, present: string) => `없는 열: ${missing} (지금 있는 열: ${present || '없음'})`,
    columnsExtra: (extra: string) => `필요 없는 열이 있습니다: ${extra}`,
    columnType: (column: string, expected: string, actual: string) => `${column} 열의 타입이 ${expected}여야 하는데 ${actual}입니다.`,
    rowsDiffer: (missing: number, extra: number) =>
      missing > 0 && extra > 0
        ? `기대한 행 ${missing}개가 결과에 없고, 기대하지 않은 행 ${extra}개가 있습니다.`
        : missing > 0
          ? `기대한 행 ${missing}개가 결과에 없습니다.`
          : `기대하지 않은 행 ${extra}개가 결과에 있습니다.`,
    emptyResult: (expected: number) => `결과가 비어 있습니다 (0행). ${expected}행이 있어야 합니다.`,
    rowsOutOfOrder: (row: number) => `${row}번째 행부터 다릅니다 (행의 순서까지 같아야 합니다).`,
    duplicates: (key: string, count: number, example: string) => `${key} 값이 같은 행이 ${count}쌍 있습니다 (예: ${example}). 키마다 한 행이어야 합니다.`,
    fileMissing: (path: string) => `파일을 찾을 수 없습니다: ${path}`,
    notDefined: (name: string) => `${name}(이)라는 이름이 없습니다. 시작 코드의 이름을 바꾸지 않았는지, 셀이 끝까지 실행됐는지 확인하세요.`,
    threw: (error: string) => `검사하다가 오류가 났습니다: ${error}`,
    value: {
      toBe: '값이 다릅니다.',
      toEqual: '값이 다릅니다.',
      toBeCloseTo: (tolerance: number) => `값이 허용 오차(±${tolerance}) 밖입니다.`,
      toBeTruthy: '참(true)이어야 합니다.',
      toBeFalsy: '거짓(false)이어야 합니다.',
      toBeDefined: '값이 있어야 하는데 undefined입니다.',
      toBeNull: 'null이어야 합니다.',
      compare: (op: string) => `값이 ${op} 조건을 만족하지 않습니다.`,
      toContain: '찾는 값이 들어 있지 않습니다.',
      toHaveLength: '길이가 다릅니다.',
      toMatch: '패턴과 맞지 않습니다.',
      negated: (message: string) => `(반대 조건) ${message}`,
    },
  },
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
  lake: {
    title: '데이터 레이크',
    summary: (files: number, size: string) => `파일 ${files.toLocaleString('ko-KR')}개 · ${size}`,
    empty: '레이크가 비어 있습니다. lake.write(경로, 쿼리)로 파일을 만들어 보세요.',
    emptyPattern: (pattern: string) => `'${pattern}'에 해당하는 파일이 없습니다.`,
    path: '경로',
    rows: '행 수',
    size: '크기',
    schema: '컬럼',
    download: '내려받기',
    downloadTitle: (path: string) => `${path} 파일을 Parquet 그대로 내려받기`,
    gone: (path: string) => `${path} 파일은 이제 레이크에 없습니다 (삭제되었거나 런타임이 재시작됨).`,
    snapshot: '셀을 실행한 시점의 목록입니다. 내려받기는 지금 레이크에 있는 파일을 받습니다.',
  },
  diagram: {
    kinds: { source: '원천', queue: '큐 · 로그', processor: '처리', storage: '저장소', serving: '서빙', bi: 'BI' } as Record<string, string>,
    rows: (n: number) => `${n.toLocaleString('ko-KR')}행`,
    missing: '아직 없음',
    moved: (delta: number) => `${delta > 0 ? '+' : '−'}${Math.abs(delta).toLocaleString('ko-KR')}행`,
    hint: '행 수가 보이는 상자를 누르면 데이터를 미리 볼 수 있습니다. 셀을 실행할 때마다 행 수가 갱신되고, 행이 늘거나 준 곳으로 가는 화살표가 움직입니다.',
    preview: (name: string) => `${name} 미리 보기`,
    previewLoading: '불러오는 중…',
    previewMissing: (name: string) => `${name}이(가) 아직 없습니다. 위의 셀을 먼저 실행하세요.`,
    close: '닫기',
    openPreview: (label: string) => `${label}: 데이터 미리 보기`,
  },
  playground: koPlayground,
  shortcutList: koShortcutList,
  tableExports: koTableExports,
} as const;
