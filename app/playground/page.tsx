import type { Metadata } from 'next';
import { sitePath } from '@/lib/assets';
import { t } from '@/lib/i18n/ko';
import { DEFAULT_CLOCK } from '@/lib/lesson/schema';
import { PLAYGROUND_SLUG } from '@/lib/scratch/types';
import { NotebookProvider } from '@/components/notebook/NotebookProvider';
import { KernelBar } from '@/components/notebook/KernelBar';
import { ShortcutHelp } from '@/components/notebook/ShortcutHelp';
import { ScratchSlot } from '@/components/scratch/ScratchSlot';
import { scratchText } from '@/components/scratch/strings';

export const metadata: Metadata = { title: scratchText.playground.title, description: scratchText.playground.linkSummary };

/**
 * The playground: a blank notebook with DuckDB and the whole cell API, no lesson. It starts with
 * one empty TS cell; the student's cells are saved like a lesson's scratch cells.
 */
export default function PlaygroundPage() {
  return (
    <NotebookProvider slug={PLAYGROUND_SLUG} cells={[]} dataFiles={[]} clock={DEFAULT_CLOCK} standalone>
      <div className="playground-shell">
        <header className="topbar">
          <a href={sitePath('/')} className="topbar-home">{t.back}</a>
          <span className="topbar-title">{scratchText.playground.title}</span>
          <ShortcutHelp />
          <KernelBar />
        </header>
        <main className="lesson playground" data-page="playground">
          <h1>{scratchText.playground.title}</h1>
          <p className="lesson-summary">{scratchText.playground.intro}</p>
          <ScratchSlot anchor={null} leadingBar={false} emptyText={scratchText.playground.empty} />
        </main>
      </div>
    </NotebookProvider>
  );
}
