'use client';
import { useCallback, useRef, useState } from 'react';
import type { HtmlOutput } from '@/lib/kernel/outputs';
import { useT } from '@/lib/i18n/use-t';
import { HTML_FRAME_SANDBOX, htmlFrameDocument } from './html-frame';

const MIN_HEIGHT = 24;
const MAX_HEIGHT = 600;

/** HTML a cell produced, inert inside a sandboxed frame sized to its content (up to 600 px). */
export function HtmlOutputView({ output }: { output: HtmlOutput }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const t = useT();
  const [height, setHeight] = useState(MIN_HEIGHT);
  const measure = useCallback(() => {
    const doc = frame.current?.contentDocument;
    if (!doc?.documentElement) return;
    setHeight(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, doc.documentElement.scrollHeight)));
  }, []);
  return (
    <div className="output output-html" data-output-kind="html" data-lesson-content>
      <iframe
        ref={frame}
        title={t.htmlOutputTitle}
        sandbox={HTML_FRAME_SANDBOX}
        srcDoc={htmlFrameDocument(output.html)}
        referrerPolicy="no-referrer"
        loading="lazy"
        onLoad={measure}
        style={{ height }}
      />
    </div>
  );
}
