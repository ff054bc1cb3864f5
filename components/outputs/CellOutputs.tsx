'use client';
import dynamic from 'next/dynamic';
import type { Output } from '@/lib/kernel/outputs';
import { ConsoleOutputView } from './ConsoleOutputView';
import { outputViews } from './output-views';

// Every view but the console's (the most common first result) loads when an output of its kind
// first appears, or earlier once the runtime is ready (preloadOutputViews): none is on the page
// before a cell has run, so none belongs in its first-load scripts.
const TableOutputView = dynamic(outputViews.table, { ssr: false });
const ErrorOutputView = dynamic(outputViews.error, { ssr: false });
const HtmlOutputView = dynamic(outputViews.html, { ssr: false });
// recharts is large; load it only when a cell actually draws a chart.
const ChartOutputView = dynamic(() => import('./ChartOutputView').then((m) => m.ChartOutputView), { ssr: false });
// dagre and the diagram view load only when a cell draws a diagram.
const DiagramOutputView = dynamic(() => import('./diagram/DiagramOutputView').then((m) => m.DiagramOutputView), { ssr: false });
const LakeOutputView = dynamic(() => import('./LakeOutputView').then((m) => m.LakeOutputView), { ssr: false });
// Only simulations and retries make timelines: load the view when one appears.
const TimelineOutputView = dynamic(() => import('./TimelineOutputView').then((m) => m.TimelineOutputView), { ssr: false });

/** A cell's outputs, one view per kind, each tagged with `data-output-kind`. */
export function CellOutputs({ outputs }: { outputs: readonly Output[] }) {
  if (outputs.length === 0) return null;
  return (
    <div className="cell-outputs">
      {outputs.map((o, i) => {
        switch (o.kind) {
          case 'console':
            return <ConsoleOutputView key={i} output={o} />;
          case 'table':
            return <TableOutputView key={i} output={o} />;
          case 'chart':
            return <ChartOutputView key={i} output={o} />;
          case 'error':
            return <ErrorOutputView key={i} output={o} />;
          case 'html':
            return <HtmlOutputView key={i} output={o} />;
          case 'diagram':
            return <DiagramOutputView key={i} output={o} />;
          case 'lake':
            return <LakeOutputView key={i} output={o} />;
          case 'timeline':
            return <TimelineOutputView key={i} output={o} />;
          case 'text':
            return (
              <pre key={i} className="output output-text" data-output-kind="text" data-lesson-content>
                {o.text}
              </pre>
            );
        }
      })}
    </div>
  );
}
