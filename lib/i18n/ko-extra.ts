// Not module exports: only through koExtra / enExtra, which the whole dictionaries join.
/** The playground page's own text (server-rendered). */
const koPlayground = {
  title: '연습장',
  intro:
    '수업과 별개인 빈 노트북입니다. TypeScript와 SQL 셀을 추가해 DuckDB와 셀 API(sql, table, chart…)를 자유롭게 실행해 보세요. 셀은 이 브라우저에 저장됩니다.',
  link: '연습장 열기',
  linkSummary: '빈 노트북에서 DuckDB와 TypeScript를 자유롭게 실행해 보세요.',
  empty: '셀이 없습니다. 아래 버튼으로 셀을 추가하세요.',
};

/** The shortcut dialog's list, loaded when the dialog first opens. */
const koShortcutList = {
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
const koTableExports = {
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

/**
 * Korean messages that appear only after a run: failing exercise checks, the cell toolkit's chart
 * and timeline labels, the timeline, lake and diagram outputs. They stay out of a lesson page's
 * first-load scripts: the views and checks that show them load on demand (ko.ts joins them with
 * ko-core.ts for those, for the server and for the runner worker).
 */
export const koExtra = {
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
  /** What a Check found (the report view loads with the first Check). */
  exerciseReport: {
    solved: '모든 검사를 통과했습니다. 잘했습니다!',
    passedCount: (passed: number, total: number) => `검사 ${total}개 중 ${passed}개 통과`,
    codeError: '코드를 실행하다 오류가 나서 검사하지 못했습니다. 위 셀의 오류를 고친 뒤 다시 확인하세요.',
    hiddenCodeError: (message: string) => `숨은 데이터로 실행하니 오류가 났습니다: ${message}`,
    hiddenFailed: '공개 데이터에서는 맞지만 숨은 데이터에서는 틀립니다. 값을 코드에 직접 적지 말고 데이터에서 계산하세요.',
    setupError: (message: string) => `검사를 준비하지 못했습니다 (수업 자료의 문제일 수 있습니다): ${message}`,
    interrupted: '확인이 중지되었습니다.',
    noChecks: '이 문제에는 실행된 검사가 없습니다.',
    notRun: '실행되지 않음',
    expected: '기대',
    actual: '실제',
    missingRow: '(없음)',
    moreRows: (n: number) => `다른 행 ${n}개도 다릅니다.`,
    rowNumber: '행',
    onHidden: '숨은 데이터',
  },
  /** A cell's lesson-changed notice and the storage notices (they load when shown). */
  editNotices: {
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
  /** The notices about the previous visit (they load when shown). */
  visit: {
    interrupted: (cell: string) =>
      `지난번에 셀 ‘${cell}’을(를) 실행하는 도중 페이지가 종료되었습니다 (탭이 닫혔거나, 멈췄거나, 메모리가 부족했을 수 있습니다). 안전을 위해 아무 셀도 자동으로 실행하지 않았습니다.`,
    cellNote: '지난 방문에서 이 셀을 실행하던 중 페이지가 종료되었습니다. 무한 반복이나 너무 큰 데이터가 없는지 확인한 뒤 실행하세요.',
    goToCell: '셀로 이동',
    dismiss: '닫기',
  },
} as const;
