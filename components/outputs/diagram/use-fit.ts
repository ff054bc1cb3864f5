'use client';
/**
 * Fits a diagram into the width of its cell: the author's direction when it fits, else the
 * other direction when that one fits (a wide left-to-right pipeline reads fine top to bottom),
 * else the narrower of the two scaled down (never below 70%, below which text is unreadable;
 * past that the diagram scrolls sideways).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DiagramSpec } from '@/lib/kernel/outputs';
import { layoutDiagram, type DiagramLayout, type MeasureText } from '../diagram-layout';

const MIN_SCALE = 0.7;

/** The layout to draw and its scale, for a container `width` pixels wide. */
export function chooseLayout(spec: DiagramSpec, width: number, measure: MeasureText): { layout: DiagramLayout; scale: number } {
  const own = layoutDiagram(spec, measure);
  if (width <= 0 || own.width <= width) return { layout: own, scale: 1 };
  const other = layoutDiagram({ ...spec, direction: spec.direction === 'LR' ? 'TB' : 'LR' }, measure);
  if (other.width <= width) return { layout: other, scale: 1 };
  const best = other.width < own.width ? other : own;
  return { layout: best, scale: Math.max(MIN_SCALE, width / best.width) };
}

/** Observes the element's width and picks the layout for it. */
export function useFittedLayout(spec: DiagramSpec, measure: () => MeasureText) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  // Re-layout only when the width changes by more than a few pixels (scrollbars come and go).
  const bucket = Math.round(width / 16);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const fitted = useMemo(() => chooseLayout(spec, bucket * 16, measure()), [spec, bucket]);
  return { ref, ...fitted };
}
