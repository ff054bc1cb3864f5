/**
 * The architectures the course teaches, as diagram specs with Korean labels: ETL pipeline,
 * traditional data warehouse, data lake (bronze/silver/gold), Lambda and Kappa. Node ids are
 * short English words so cells can bind them: `diagram('lake', { bind: { silver: 'silver_sales' } })`.
 */
import type { DiagramEdge, DiagramGroup, DiagramNode, DiagramNodeKind } from '@/lib/kernel/outputs';

/** Names of the presets. */
export const DIAGRAM_PRESETS = ['etl', 'warehouse', 'lake', 'lambda', 'kappa'] as const;
export type DiagramPresetName = (typeof DIAGRAM_PRESETS)[number];

/** A preset before validation: the same shape a cell may pass to `diagram()`. */
export interface PresetSpec {
  title: string;
  direction: 'LR' | 'TB';
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  groups: DiagramGroup[];
}

const n = (id: string, kind: DiagramNodeKind, label: string, detail?: string, group?: string): DiagramNode => ({
  id, kind, label, ...(detail && { detail }), ...(group && { group }),
});
const e = (from: string, to: string, label?: string, dashed?: boolean): DiagramEdge => ({ from, to, ...(label && { label }), ...(dashed && { dashed }) });

function etl(): PresetSpec {
  return {
    title: 'ETL 파이프라인',
    direction: 'LR',
    groups: [{ id: 'pipeline', label: '파이프라인' }],
    nodes: [
      n('source', 'source', '원천 데이터', 'sales_raw.csv · 주문 DB'),
      n('extract', 'processor', '추출', 'Extract', 'pipeline'),
      n('staging', 'storage', '스테이징', '원시 데이터', 'pipeline'),
      n('transform', 'processor', '변환', 'Transform · 빈 값 제거', 'pipeline'),
      n('load', 'processor', '적재', 'Load', 'pipeline'),
      n('warehouse', 'storage', '웨어하우스', '분석용 테이블'),
      n('bi', 'bi', 'BI 대시보드'),
    ],
    edges: [e('source', 'extract'), e('extract', 'staging'), e('staging', 'transform'), e('transform', 'load'), e('load', 'warehouse'), e('warehouse', 'bi', '조회')],
  };
}

function warehouse(): PresetSpec {
  return {
    title: '전통적인 데이터 웨어하우스',
    direction: 'LR',
    groups: [{ id: 'dw', label: '데이터 웨어하우스 (별 모양 스키마)' }],
    nodes: [
      n('erp', 'source', 'ERP', '주문 · 상품'),
      n('crm', 'source', 'CRM', '고객'),
      n('etl', 'processor', 'ETL', '추출 → 변환 → 적재'),
      n('dim_customer', 'storage', '고객 차원', 'dim_customer', 'dw'),
      n('dim_product', 'storage', '상품 차원', 'dim_product', 'dw'),
      n('dim_date', 'storage', '날짜 차원', 'dim_date', 'dw'),
      n('fact_sales', 'storage', '매출 사실', 'fact_sales', 'dw'),
      n('bi', 'bi', 'BI 도구', 'Tableau · Power BI'),
    ],
    edges: [
      e('erp', 'etl'), e('crm', 'etl'),
      e('etl', 'dim_customer'), e('etl', 'dim_product'), e('etl', 'dim_date'), e('etl', 'fact_sales'),
      e('fact_sales', 'bi', '조인 · 집계'),
    ],
  };
}

function lake(): PresetSpec {
  return {
    title: '데이터 레이크 (메달리온 아키텍처)',
    direction: 'LR',
    groups: [{ id: 'lake', label: '데이터 레이크' }],
    nodes: [
      n('source', 'source', '원천 시스템', 'API · DB · 로그 · 파일'),
      n('ingest', 'processor', '수집', '원본 그대로'),
      n('bronze', 'storage', '브론즈', '원본 그대로', 'lake'),
      n('silver', 'storage', '실버', '정제 · 중복 제거', 'lake'),
      n('gold', 'storage', '골드', '비즈니스용 집계', 'lake'),
      n('bi', 'bi', 'BI · 보고서'),
      n('ml', 'serving', 'ML · 데이터 앱'),
    ],
    edges: [e('source', 'ingest'), e('ingest', 'bronze'), e('bronze', 'silver', '정제'), e('silver', 'gold', '집계'), e('gold', 'bi'), e('silver', 'ml')],
  };
}

function lambda(): PresetSpec {
  return {
    title: '람다 아키텍처',
    direction: 'LR',
    groups: [{ id: 'batch', label: '배치 레이어' }, { id: 'speed', label: '스피드 레이어' }],
    nodes: [
      n('events', 'source', '새 이벤트'),
      n('queue', 'queue', '메시지 큐', '이중 쓰기'),
      n('master', 'storage', '마스터 데이터셋', '추가만, 불변', 'batch'),
      n('batch_job', 'processor', '배치 재계산', '정확 · 느림', 'batch'),
      n('batch_view', 'storage', '배치 뷰', undefined, 'batch'),
      n('stream', 'processor', '스트림 처리', '증분 · 빠름', 'speed'),
      n('realtime_view', 'storage', '실시간 뷰', undefined, 'speed'),
      n('serving', 'serving', '서빙 레이어', '두 뷰를 합쳐 응답'),
      n('dashboard', 'bi', '대시보드'),
    ],
    edges: [
      e('events', 'queue'), e('queue', 'master'), e('queue', 'stream'),
      e('master', 'batch_job'), e('batch_job', 'batch_view'), e('stream', 'realtime_view'),
      e('batch_view', 'serving'), e('realtime_view', 'serving'), e('serving', 'dashboard'),
    ],
  };
}

function kappa(): PresetSpec {
  return {
    title: '카파 아키텍처',
    direction: 'LR',
    groups: [],
    nodes: [
      n('events', 'source', '이벤트 소스'),
      n('log', 'queue', '이벤트 로그', '추가만 · 다시 읽기 가능'),
      n('stream', 'processor', '스트림 처리', '현재 버전'),
      n('replay', 'processor', '스트림 처리 v2', '로그를 처음부터 재처리'),
      n('serving', 'storage', '서빙 DB', '결과 테이블'),
      n('dashboard', 'bi', '대시보드'),
    ],
    edges: [
      e('events', 'log'), e('log', 'stream'), e('stream', 'serving'), e('serving', 'dashboard'),
      e('log', 'replay', '리플레이', true), e('replay', 'serving', '교체', true),
    ],
  };
}

const BUILDERS: Record<DiagramPresetName, () => PresetSpec> = { etl, warehouse, lake, lambda, kappa };

/** A fresh copy of a preset (a cell may edit it before drawing). */
export function presetSpec(name: DiagramPresetName): PresetSpec {
  return BUILDERS[name]();
}
