// Monaco's TypeScript language worker, bundled locally (never from a CDN).
import 'monaco-editor/languages/features/typescript/ts.worker';
export {};
