'use client';
import { TFull as T } from '@/lib/i18n/T-full';
import { useFullT as useT } from '@/lib/i18n/full';
import type { DiagramNode } from '@/lib/kernel/outputs';
import type { Box } from '../diagram-layout';
import type { NodeCount } from '../use-diagram-counts';
import styles from './diagram.module.css';

const ICONS: Record<DiagramNode['kind'], string> = { source: '◉', queue: '☰', processor: '⚙', storage: '▤', serving: '⇄', bi: '▥' };

interface Props {
  node: DiagramNode;
  box: Box;
  count: NodeCount | undefined;
  delta?: { delta: number; seq: number };
  selected: boolean;
  onSelect(): void;
}

/** One box of the diagram; a bound box shows its live row count and opens a preview on click. */
export function DiagramNodeBox({ node, box, count, delta, selected, onSelect }: Props) {
  const bound = node.table ?? node.lake;
  const t = useT();
  const style = { left: box.x, top: box.y, width: box.width, height: box.height };
  const body = (
    <>
      <span className={styles.kind}>
        <span aria-hidden>{ICONS[node.kind]}</span> <T m={(d) => d.diagram.kinds[node.kind]} />
      </span>
      <span className={styles.label}>{node.label}</span>
      {node.detail && <span className={styles.detail}>{node.detail}</span>}
      {bound && (
        <span className={styles.bound}>
          <code className={styles.binding}>{bound}</code>
          <span className={count === null ? styles.countMissing : styles.count}>
            {count === undefined ? '…' : <T m={(d) => (count === null ? d.diagram.missing : d.diagram.rows(count))} />}
          </span>
          {delta && (
            // A new key restarts the highlight animation on every change.
            <span key={delta.seq} className={delta.delta > 0 ? styles.deltaUp : styles.deltaDown}><T m={(d) => d.diagram.moved(delta.delta)} /></span>
          )}
        </span>
      )}
    </>
  );
  const className = `${styles.node} ${styles[`kind_${node.kind}`]}${selected ? ` ${styles.selected}` : ''}`;
  if (!bound) return <div className={className} style={style} data-diagram-node={node.id}>{body}</div>;
  return (
    <button
      type="button"
      className={`${className} ${styles.bindable}`}
      style={style}
      data-diagram-node={node.id}
      // Absent until the first count, so nothing reads a count that was never taken.
      {...(count !== undefined && { 'data-row-count': count ?? 0 })}
      {...(count === null && { 'data-missing': 'true' })}
      aria-pressed={selected}
      title={t.diagram.openPreview(node.label)}
      onClick={onSelect}
    >
      {body}
    </button>
  );
}
