'use client';
import { useState } from 'react';
import { T } from '@/lib/i18n/T';

/**
 * The table of contents' frame: a sticky sidebar on wide screens; on narrow ones (phones) a
 * collapsed bar that a button opens and closes, so the lesson starts at the top of the screen.
 */
export function TocFrame({ children }: { children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <nav className="toc" data-open={open} aria-labelledby="toc-heading">
      <div className="toc-heading" id="toc-heading">
        <T m={(d) => d.contents} />
      </div>
      <button
        type="button"
        className="toc-toggle"
        aria-expanded={open}
        aria-controls="toc-list"
        onClick={() => setOpen((v) => !v)}
      >
        <T m={(d) => d.contents} />
        <span aria-hidden="true" className="toc-toggle-icon">{open ? '▴' : '▾'}</span>
      </button>
      <div id="toc-list" className="toc-list" onClick={(e) => (e.target as HTMLElement).closest('a') && setOpen(false)}>
        {children}
      </div>
    </nav>
  );
}
