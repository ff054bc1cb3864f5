import type { Metadata } from 'next';
import { sitePath } from '@/lib/assets';
import { ko } from '@/lib/i18n/ko';
import { T } from '@/lib/i18n/T';
import { TFull } from '@/lib/i18n/T-full';
import { DEFAULT_CLOCK } from '@/lib/lesson/schema';
import { PLAYGROUND_SLUG } from '@/lib/scratch/types';
import { NotebookProvider } from '@/components/notebook/NotebookProvider';
import { KernelBar } from '@/components/notebook/KernelBar';
import { ShortcutHelp } from '@/components/notebook/ShortcutHelp';
import { ScratchSlot } from '@/components/scratch/ScratchSlot';
import { Preferences } from '@/components/prefs/Preferences';

// The static title is Korean; the page's boot script and Preferences retitle it for English readers.
export const metadata: Metadata = { title: ko.playground.title, description: ko.playground.linkSummary };

/**
 * The playground: a blank notebook with DuckDB and the whole cell API, no lesson. It starts with
 * one empty TS cell; the student's cells are saved like a lesson's scratch cells.
 */
export default function PlaygroundPage() {
  return (
    <NotebookProvider slug={PLAYGROUND_SLUG} cells={[]} dataFiles={[]} clock={DEFAULT_CLOCK} standalone>
      <div className="playground-shell">
        <header className="topbar">
          <a href={sitePath('/')} className="topbar-home"><T m={(d) => d.back} /></a>
          <span className="topbar-title"><TFull m={(d) => d.playground.title} /></span>
          <ShortcutHelp />
          <KernelBar />
          <Preferences />
        </header>
        <main className="lesson playground" id="main" data-page="playground">
          <h1><TFull m={(d) => d.playground.title} /></h1>
          <p className="lesson-summary"><TFull m={(d) => d.playground.intro} /></p>
          <ScratchSlot anchor={null} leadingBar={false} emptyText={<TFull m={(d) => d.playground.empty} />} />
        </main>
      </div>
    </NotebookProvider>
  );
}
