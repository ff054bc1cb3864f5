/**
 * What a cell run produces: plain, serialisable data, rendered by one view per kind.
 * Shared by the runner worker, the kernel client and the output components.
 */
import type { LakeFile } from '@/lib/lake/calls';

export type ConsoleLevel = 'log' | 'info' | 'warn' | 'error';

export interface ConsoleLine {
  level: ConsoleLevel;
  text: string;
}

/** Consecutive console lines of one run, shown as one stream. */
export interface ConsoleOutput {
  kind: 'console';
  lines: ConsoleLine[];
}

export interface TableColumn {
  name: string;
  /** DuckDB type name (`INTEGER`, `VARCHAR`, `DATE`...) or a JS type for plain rows. */
  type: string;
}

export interface TableOutput {
  kind: 'table';
  columns: TableColumn[];
  /** The rows kept for display (may be capped). */
  rows: Record<string, unknown>[];
  /** Total number of rows in the result, even when `rows` is capped. */
  rowCount: number;
}

export type ChartType = 'line' | 'bar' | 'area' | 'scatter';

export interface ChartSeries {
  /** Key of the y value in each row. */
  y: string;
  label?: string;
  color?: string;
}

export interface ChartSpec {
  type: ChartType;
  data: Record<string, unknown>[];
  /** Key of the x value in each row. */
  x: string;
  /** One key or several series. */
  y: string | string[] | ChartSeries[];
  title?: string;
  xLabel?: string;
  yLabel?: string;
  height?: number;
  stacked?: boolean;
}

export interface ChartOutput {
  kind: 'chart';
  spec: ChartSpec;
}

/** A displayed value, already formatted for reading (the last expression, `display(x)`). */
export interface TextOutput {
  kind: 'text';
  text: string;
}

export interface ErrorOutput {
  kind: 'error';
  name: string;
  message: string;
  /** 1-based line/column in the cell's own source, when known. */
  line?: number;
  column?: number;
  /** Stack trimmed to cell frames, in cell coordinates. */
  stack?: string;
}

/** What a node of an architecture diagram stands for; sets its icon and colour. */
export type DiagramNodeKind = 'source' | 'queue' | 'processor' | 'storage' | 'serving' | 'bi';

/** One box of an architecture diagram. */
export interface DiagramNode {
  id: string;
  label: string;
  kind: DiagramNodeKind;
  /** A second, smaller line (a technology, a note). */
  detail?: string;
  /** Bound to a DuckDB table or view: the page shows its live row count and a preview on click. */
  table?: string;
  /** Bound to lake files (a path, folder or glob): their total row count and a preview. */
  lake?: string;
  /** The group (layer) the node is drawn inside. */
  group?: string;
}

/** An arrow between two nodes. */
export interface DiagramEdge {
  from: string;
  to: string;
  label?: string;
  /** Drawn dashed: an occasional or alternative path (a replay, a recompute). */
  dashed?: boolean;
}

/** A labelled box around nodes (a layer: "배치 레이어", "데이터 레이크"). */
export interface DiagramGroup {
  id: string;
  label: string;
}

/** An architecture, laid out automatically on the page. */
export interface DiagramSpec {
  title?: string;
  /** Flow direction: left to right (default) or top to bottom. */
  direction: 'LR' | 'TB';
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  groups: DiagramGroup[];
}

export interface DiagramOutput {
  kind: 'diagram';
  spec: DiagramSpec;
}

/** `lake.browse()`: the lake's files when the cell ran, each downloadable from the page. */
export interface LakeOutput {
  kind: 'lake';
  pattern?: string;
  files: LakeFile[];
}

export type Output = ConsoleOutput | TableOutput | ChartOutput | TextOutput | ErrorOutput | DiagramOutput | LakeOutput;
