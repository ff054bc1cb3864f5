'use client';
import type { ErrorOutput } from '@/lib/kernel/outputs';
import { t } from '@/lib/i18n/ko';

/** An error with its message, the line in the cell's own source, and the trimmed stack. */
export function ErrorOutputView({ output }: { output: ErrorOutput }) {
  return (
    <div className="output output-error" data-output-kind="error" data-error-line={output.line} role="alert">
      <div className="error-head">
        <strong>{t.limits.errorTitle[output.name] ?? output.name}</strong>
        {output.line !== undefined && (
          <span className="error-line">
            {t.lineLabel(output.line)}
            {output.column !== undefined && `, ${output.column}열`}
          </span>
        )}
      </div>
      <pre className="error-message">{output.message}</pre>
      {output.hint && (
        <p className="error-hint">
          <span className="error-hint-label">{t.hints.label}</span>
          {output.hint}
        </p>
      )}
      {output.stack && <pre className="error-stack">{output.stack}</pre>}
    </div>
  );
}
