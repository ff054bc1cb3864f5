import type * as Monaco from 'monaco-editor';

/** Shared with the placeholder's CSS (`--code-line`, padding) so the swap does not jump. */
export const LINE_HEIGHT = 20;
export const PADDING = 10;

/** Editor options for notebook cells: compact, no minimap, grows with its content. */
export const EDITOR_OPTIONS: Monaco.editor.IStandaloneEditorConstructionOptions = {
  fontFamily: "'D2Coding', 'JetBrains Mono', 'SFMono-Regular', Menlo, Consolas, 'Noto Sans Mono CJK KR', 'DejaVu Sans Mono', 'Liberation Mono', monospace",
  fontSize: 13,
  lineHeight: LINE_HEIGHT,
  padding: { top: PADDING, bottom: PADDING },
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  scrollbar: { vertical: 'hidden', alwaysConsumeMouseWheel: false, horizontalScrollbarSize: 8 },
  overviewRulerLanes: 0,
  hideCursorInOverviewRuler: true,
  lineNumbers: 'on',
  lineNumbersMinChars: 3,
  lineDecorationsWidth: 10,
  glyphMargin: false,
  folding: false,
  renderLineHighlight: 'none',
  automaticLayout: true,
  wordWrap: 'off',
  tabSize: 2,
  fixedOverflowWidgets: true,
  stickyScroll: { enabled: false },
};
