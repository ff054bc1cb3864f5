'use client';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { TableOutput } from '@/lib/kernel/outputs';
import { TableDownload } from '@/components/export/TableDownload';
import { T } from '@/lib/i18n/T';
import { columnWidths, formatCell, isNumericType } from './format-cell';

const ROW_HEIGHT = 28;
const MAX_HEIGHT = 360;

/**
 * A query result as a virtualised grid: only visible rows are in the DOM, so 10,000 rows scroll
 * smoothly. Shows column types and the true row count even when the kept rows are capped.
 */
export function TableOutputView({ output }: { output: TableOutput }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { columns, rows, rowCount } = output;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const template = `56px ${columnWidths(columns, rows).map((w) => `${w}ch`).join(' ')}`;
  const bodyHeight = rows.length * ROW_HEIGHT;
  return (
    <div className="output output-table" data-output-kind="table" data-row-count={rowCount}>
      <div className="table-scroll" ref={scrollRef} style={{ maxHeight: MAX_HEIGHT }} tabIndex={0} role="grid" data-lesson-content aria-rowcount={rowCount + 1}>
        <div className="table-grid table-head" style={{ gridTemplateColumns: template }} role="row">
          <span className="table-index" role="columnheader">#</span>
          {columns.map((c) => (
            <span key={c.name} role="columnheader" className={isNumericType(c.type) ? 'num' : undefined}>
              <span className="col-name">{c.name}</span>
              <span className="col-type">{c.type}</span>
            </span>
          ))}
        </div>
        <div style={{ height: bodyHeight, position: 'relative' }}>
          {virtualizer.getVirtualItems().map((v) => {
            const row = rows[v.index];
            return (
              <div
                key={v.key}
                className="table-grid table-row"
                role="row"
                style={{ gridTemplateColumns: template, position: 'absolute', top: 0, left: 0, minWidth: '100%', transform: `translateY(${v.start}px)`, height: ROW_HEIGHT }}
              >
                <span className="table-index">{v.index + 1}</span>
                {columns.map((c) => {
                  const value = row[c.name];
                  return (
                    <span key={c.name} role="gridcell" className={`${isNumericType(c.type) ? 'num' : ''}${value === null || value === undefined ? ' null' : ''}`}>
                      {formatCell(value)}
                    </span>
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
      <div className="table-foot">
        <TableDownload output={output}>
          <T m={(d) => `${rows.length < rowCount ? d.rowsShown(rows.length, rowCount) : d.rows(rowCount)} · ${d.columns(columns.length)}`} />
        </TableDownload>
      </div>
    </div>
  );
}
