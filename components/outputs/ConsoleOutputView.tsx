'use client';
import type { ConsoleOutput } from '@/lib/kernel/outputs';

/** Console lines of a run, coloured by level. */
export function ConsoleOutputView({ output }: { output: ConsoleOutput }) {
  return (
    <div className="output output-console" data-output-kind="console" data-lesson-content>
      {output.lines.map((l, i) => (
        <div key={i} className={`console-line console-${l.level}`}>
          {l.text}
        </div>
      ))}
    </div>
  );
}
