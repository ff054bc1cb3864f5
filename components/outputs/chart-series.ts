import type { ChartSeries, ChartSpec } from '@/lib/kernel/outputs';

/** A calm, colour-blind-friendly palette (Okabe–Ito, reordered; grey instead of black so the 8th series shows on the dark theme too). */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#8C959F'];

/** Normalises a chart spec's `y` (one key, several keys, or series objects) into series. */
export function seriesOf(spec: ChartSpec): Required<ChartSeries>[] {
  const ys = Array.isArray(spec.y) ? spec.y : [spec.y];
  return ys.map((s, i) => {
    const series = typeof s === 'string' ? { y: s } : s;
    return { y: series.y, label: series.label ?? series.y, color: series.color ?? PALETTE[i % PALETTE.length] };
  });
}
