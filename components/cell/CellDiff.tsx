'use client';
import { DiffEditor } from '@monaco-editor/react';
import type * as Monaco from 'monaco-editor';
import { useEffect, useState } from 'react';
import { TFull as T } from '@/lib/i18n/T-full';
import { useMonacoTheme } from './monaco-theme';
import { EDITOR_OPTIONS } from './editor-options';
import { loadMonaco } from './monaco-setup';

interface Props {
  id: string;
  lang: 'ts' | 'sql';
  lessonSource: string;
  mine: string;
}

/** The lesson's new version next to the student's, side by side (read-only). */
export function CellDiff({ id, lang, lessonSource, mine }: Props) {
  const [monaco, setMonaco] = useState<typeof Monaco | null>(null);
  const theme = useMonacoTheme();
  useEffect(() => {
    let alive = true;
    void loadMonaco().then((m) => alive && setMonaco(m));
    return () => {
      alive = false;
    };
  }, []);
  if (!monaco) return null;
  const lines = Math.max(lessonSource.split('\n').length, mine.split('\n').length);
  // Plain-text models: the diff copies must not join the notebook's TypeScript program.
  return (
    <div className="cell-diff" data-diff-of={id}>
      <div className="cell-diff-labels">
        <span><T m={(d) => d.editNotices.diffLesson} /></span>
        <span><T m={(d) => d.editNotices.diffMine} /></span>
      </div>
      <div style={{ height: Math.min(400, lines * 20 + 28) }}>
        <DiffEditor
          original={lessonSource}
          modified={mine}
          language="plaintext"
          theme={theme}
          originalModelPath={`inmemory://diff/${id}/lesson-${lang}.txt`}
          modifiedModelPath={`inmemory://diff/${id}/mine-${lang}.txt`}
          options={{ ...EDITOR_OPTIONS, readOnly: true, originalEditable: false, renderSideBySide: true, useInlineViewWhenSpaceIsLimited: false, scrollBeyondLastLine: false }}
          loading={null}
        />
      </div>
    </div>
  );
}
