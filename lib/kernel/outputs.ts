/**
 * What a cell run produces: plain, serialisable data, rendered by one view per kind.
 * Shared by the runner worker, the kernel client and the output components.
 */

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

export type Output = ConsoleOutput | TableOutput | ChartOutput | TextOutput | ErrorOutput | TimelineOutput;
