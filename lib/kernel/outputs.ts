/**
 * What a cell run produces: plain, serialisable data, rendered by one view per kind.
 * Shared by the runner worker, the kernel client and the output components.
 */
import type { CheckResult } from '@/lib/checks/types';
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

/** HTML from `html(markup)`: untrusted, shown only inside a sandboxed frame. */
export interface HtmlOutput {
  kind: 'html';
  html: string;
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
  /** What the student can do about it, in the interface language (see error-hints.ts). */
  hint?: string;
}

/** The result of one exercise check (lib/checks/); the exercise panel shows it, not the cell. */
export interface CheckOutput {
  kind: 'check';
  result: CheckResult;
}


/** How a timeline item is drawn (colour and legend entry). */
export type TimelineTone = 'event' | 'ok' | 'late' | 'dropped' | 'corrected' | 'error' | 'fatal' | 'wait' | 'window' | 'batch';

/** Something on a timeline: a point (`at`) or a span (`at` to `end`) in one lane, times in ms. */
export interface TimelineItem {
  lane: number;
  at: number;
  end?: number;
  tone: TimelineTone;
  /** Shown on hover. */
  label?: string;
  /** Items with the same flow are one thing moving through the lanes (an event), joined in time order. */
  flow?: number;
}

/** A step function over playhead time, as flat pairs `[t0, v0, t1, v1, ...]` sorted by t. */
export interface TimelineSeries {
  label: string;
  points: number[];
}

/**
 * A run played back over virtual time (a simulation, retry attempts): lanes of items, revealed
 * up to the playhead as it plays or is scrubbed, with a moving marker (the watermark) and counts.
 */
export interface TimelineOutput {
  kind: 'timeline';
  title?: string;
  start: number;
  end: number;
  /** Axis labels: lesson wall-clock times, or time elapsed since `start`. */
  axis: 'clock' | 'elapsed';
  lanes: { label: string }[];
  items: TimelineItem[];
  /** A vertical marker whose position (a time on the axis) depends on the playhead: the watermark. */
  marker?: TimelineSeries;
  /** Cumulative counts at the playhead (arrived, processed, late...). */
  counters?: (TimelineSeries & { tone: TimelineTone })[];
  /** The items show part of what happened: `shown` of `total` events. */
  sample?: { shown: number; total: number };
  /** Legend names of tones for this timeline (default: the interface's names). */
  legend?: Partial<Record<TimelineTone, string>>;
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

export type Output =
  | ConsoleOutput
  | TableOutput
  | ChartOutput
  | TextOutput
  | HtmlOutput
  | ErrorOutput
  | CheckOutput
  | TimelineOutput
  | DiagramOutput
  | LakeOutput;
