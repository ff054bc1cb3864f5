'use client';
import type { ErrorOutput } from '@/lib/kernel/outputs';
import { T } from '@/lib/i18n/T';

/** An error with its message, the line in the cell's own source, and the trimmed stack. */
export function ErrorOutputView({ output }: { output: ErrorOutput }) {
  return (
    <div className="output output-error" data-output-kind="error" data-error-line={output.line} role="alert">
      <div className="error-head">
        <strong><T m={(d) => d.limits.errorTitle[output.name] ?? output.name} /></strong>
        {output.line !== undefined && (
          <span className="error-line">
            <T m={(d) => d.lineLabel(output.line!) + (output.column !== undefined ? `, ${d.columnLabel(output.column)}` : '')} />
          </span>
        )}
      </div>
      <pre className="error-message" data-lesson-content>{output.message}</pre>
      {output.hint && (
        <p className="error-hint">
          <span className="error-hint-label"><T m={(d) => d.hints.label} /></span>
          <span data-lesson-content>{output.hint}</span>
        </p>
      )}
      {output.stack && <pre className="error-stack" data-lesson-content>{output.stack}</pre>}
    </div>
  );
}
