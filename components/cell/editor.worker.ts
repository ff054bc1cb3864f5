// Monaco's base editor worker, bundled locally (never from a CDN).
import 'monaco-editor/editor/editor.worker';
export {};
