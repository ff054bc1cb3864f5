'use client';
import { forwardRef } from 'react';

/**
 * The cell's code as static, highlighted HTML (generated at build time) with the same metrics
 * as the Monaco editor that replaces it, so nothing jumps when the editor arrives.
 */
export const CellPlaceholder = forwardRef<HTMLDivElement, { html: string; label: string }>(function CellPlaceholder(
  { html, label },
  ref,
) {
  return (
    <div
      ref={ref}
      className="cell-placeholder"
      tabIndex={0}
      role="textbox"
      aria-readonly="true"
      aria-label={label}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
});
