'use client';
import { memo, useId } from 'react';
import type { TimelineOutput } from '@/lib/kernel/outputs';
import { flowPaths, TONE_COLORS, ticks, timeLabel, valueAt } from './timeline-geometry';
import styles from './TimelineOutputView.module.css';

/** Height of one lane, px; the HTML lane labels use the same. */
export const LANE = 34;
const AXIS = 22;

interface Geometry {
  output: TimelineOutput;
  width: number;
}

const xOf = ({ output, width }: Geometry, at: number) => ((at - output.start) / Math.max(output.end - output.start, 1)) * width;
const yOf = (lane: number) => lane * LANE + LANE / 2;

/** Lanes, flows and items: drawn once per size, shown twice (faint, and clipped at the playhead). */
const Marks = memo(function Marks({ output, width }: Geometry) {
  const g = { output, width };
  return (
    <g>
      {flowPaths(output.items).map((path, k) => (
        <polyline key={k} points={path.map((p) => `${xOf(g, p.at)},${yOf(p.lane)}`).join(' ')} fill="none" style={{ stroke: 'var(--diagram-edge)' }} strokeWidth={1} opacity={0.45} />
      ))}
      {output.items.map((item, k) => {
        const color = TONE_COLORS[item.tone];
        const title = item.label ? <title>{item.label}</title> : null;
        if (item.end !== undefined && item.end > item.at) {
          // A span may reach past the axis (a window still open at the end): draw the visible part.
          const x = Math.max(0, xOf(g, item.at));
          const right = Math.min(width, xOf(g, item.end));
          if (right < 0 || x > width) return null;
          const faint = item.tone === 'window' || item.tone === 'batch';
          return (
            <rect key={k} x={x} y={item.lane * LANE + 8} width={Math.max(2, right - x)} height={LANE - 16} rx={3}
              fill={color} fillOpacity={faint ? 0.18 : 0.85} stroke={faint ? color : 'none'} strokeWidth={1}>{title}</rect>
          );
        }
        return <circle key={k} cx={xOf(g, item.at)} cy={yOf(item.lane)} r={4} fill={color} style={{ stroke: 'var(--surface)' }} strokeWidth={1}>{title}</circle>;
      })}
    </g>
  );
});

/** The SVG of a timeline at a playhead position. */
export function TimelinePlot({ output, width, playhead }: Geometry & { playhead: number }) {
  const clipId = useId().replace(/:/g, '');
  const g = { output, width };
  const height = output.lanes.length * LANE;
  const head = xOf(g, playhead);
  const markerAt = output.marker ? valueAt(output.marker.points, playhead) : undefined;
  const showMarker = markerAt !== undefined && markerAt >= output.start && markerAt <= output.end;
  // Named by the output's title, which the lesson's author wrote (or named the run): lesson content.
  return (
    <svg width={width} height={height + AXIS} role="img" aria-label={output.title} data-lesson-content>
      <defs>
        <clipPath id={clipId}><rect x={-6} y={0} width={Math.max(0, head + 6)} height={height} /></clipPath>
      </defs>
      {output.lanes.map((_, lane) => (
        <rect key={lane} x={0} y={lane * LANE} width={width} height={LANE} style={{ fill: lane % 2 ? 'var(--surface)' : 'var(--surface-2)' }} />
      ))}
      {ticks(output.start, output.end).map((at) => (
        <g key={at}>
          <line x1={xOf(g, at)} x2={xOf(g, at)} y1={0} y2={height} style={{ stroke: 'var(--chart-grid)' }} />
          <text x={xOf(g, at)} y={height + 15} textAnchor="middle" className={styles.axisText}>{timeLabel(at, output)}</text>
        </g>
      ))}
      <g opacity={0.16}><Marks output={output} width={width} /></g>
      <g clipPath={`url(#${clipId})`}><Marks output={output} width={width} /></g>
      {showMarker && (
        <g data-timeline-marker={Math.round(markerAt)}>
          <line x1={xOf(g, markerAt)} x2={xOf(g, markerAt)} y1={0} y2={height} style={{ stroke: 'var(--marker)' }} strokeWidth={1.5} strokeDasharray="4 3" />
          <text x={xOf(g, markerAt) + 4} y={10} className={styles.markerText}>{output.marker!.label}</text>
        </g>
      )}
      <line x1={head} x2={head} y1={0} y2={height} style={{ stroke: 'var(--err)' }} strokeWidth={1.5} />
    </svg>
  );
}
