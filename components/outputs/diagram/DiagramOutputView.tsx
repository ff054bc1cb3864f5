'use client';
import { useId, useState } from 'react';
import { TFull as T } from '@/lib/i18n/T-full';
import { useFullT as useT } from '@/lib/i18n/full';
import type { DiagramOutput } from '@/lib/kernel/outputs';
import { edgePath, estimateText, midpoint, type MeasureText } from '../diagram-layout';
import { useDiagramCounts } from '../use-diagram-counts';
import { DiagramNodeBox } from './DiagramNodeBox';
import { DiagramPreview } from './DiagramPreview';
import { useFittedLayout } from './use-fit';
import styles from './diagram.module.css';

/** Text widths from a canvas in the page's own font, so Korean labels fit their boxes exactly. */
function canvasMeasure(): MeasureText {
  const ctx = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
  if (!ctx) return estimateText;
  const family = getComputedStyle(document.body).fontFamily || 'sans-serif';
  return (text, size, bold) => {
    ctx.font = `${bold ? 600 : 400} ${size}px ${family}`;
    return Math.ceil(ctx.measureText(text).width);
  };
}

/**
 * An architecture diagram: laid out by dagre, nodes as HTML boxes over an SVG of groups and
 * edges. Bound nodes show live row counts; edges into a node whose count changed animate and
 * show the rows moved; clicking a bound node previews its rows.
 */
export function DiagramOutputView({ output }: { output: DiagramOutput }) {
  const { spec } = output;
  const t = useT();
  const { ref, layout, scale } = useFittedLayout(spec, canvasMeasure);
  const { counts, deltas } = useDiagramCounts(spec, ref);
  const [selected, setSelected] = useState<string | null>(null);
  const selectedNode = spec.nodes.find((n) => n.id === selected);
  const anyBound = spec.nodes.some((n) => n.table || n.lake);
  const arrow = `diagram-arrow-${useId().replace(/:/g, '')}`;

  return (
    <figure className={`output ${styles.diagram}`} data-output-kind="diagram">
      {spec.title && <figcaption className={styles.title} data-lesson-content>{spec.title}</figcaption>}
      <div className={styles.scroll} ref={ref} data-lesson-content>
        {/* Scaled with a transform; the outer box takes the scaled size so nothing overlaps. */}
        <div style={{ width: layout.width * scale, height: layout.height * scale, margin: '0 auto' }}>
          <div className={styles.canvas} style={{ width: layout.width, height: layout.height, transform: scale < 1 ? `scale(${scale})` : undefined }}>
            <svg className={styles.svg} width={layout.width} height={layout.height} aria-hidden>
              <defs>
                <marker id={arrow} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                  <path d="M0,0 L10,5 L0,10 z" className={styles.arrowHead} />
                </marker>
              </defs>
              {spec.groups.map((g) => {
                const b = layout.groups.get(g.id);
                return b && (
                  <g key={g.id}>
                    <rect x={b.x} y={b.y} width={b.width} height={b.height} rx={10} className={styles.group} />
                    <text x={b.x + 12} y={b.y + 18} className={styles.groupLabel}>{g.label}</text>
                  </g>
                );
              })}
              {layout.edges.map((e) => {
                const edge = spec.edges[e.index];
                const moved = deltas.get(edge.to);
                const mid = midpoint(e.points);
                return (
                  <g key={e.index} data-diagram-edge={`${edge.from}->${edge.to}`} {...(moved && { 'data-rows-moved': moved.delta })}>
                    <path
                      key={moved?.seq ?? 0}
                      d={edgePath(e.points)}
                      className={`${styles.edge}${edge.dashed ? ` ${styles.dashed}` : ''}${moved ? ` ${styles.active}` : ''}`}
                      markerEnd={`url(#${arrow})`}
                    />
                    {edge.label && <text x={mid.x} y={mid.y - 6} className={styles.edgeLabel}>{edge.label}</text>}
                    {moved && (
                      <text key={`m${moved.seq}`} x={mid.x} y={mid.y + (edge.label ? 12 : 4)} className={styles.movedLabel}>{t.diagram.moved(moved.delta)}</text>
                    )}
                  </g>
                );
              })}
            </svg>
            {spec.nodes.map((node) => (
              <DiagramNodeBox
                key={node.id}
                node={node}
                box={layout.nodes.get(node.id)!}
                count={counts.get(node.id)}
                delta={deltas.get(node.id)}
                selected={selected === node.id}
                onSelect={() => setSelected(selected === node.id ? null : node.id)}
              />
            ))}
          </div>
        </div>
      </div>
      {anyBound && !selectedNode && <p className={styles.hint}><T m={(d) => d.diagram.hint} /></p>}
      {selectedNode && <DiagramPreview node={selectedNode} rowCount={counts.get(selectedNode.id) ?? null} onClose={() => setSelected(null)} />}
    </figure>
  );
}
