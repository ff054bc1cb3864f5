/**
 * Messages between the page (`Compiler` in client.ts) and the compile worker.
 * Plain data only: every message crosses the worker boundary by structured clone.
 */
import type { CompileResult } from './types';

/** Page → worker: compile one cell. `id` pairs the answer with the request. */
export interface CompileRequest {
  type: 'compile';
  id: number;
  source: string;
  cellId: string;
}

/** Messages the page sends to the compile worker. */
export type CompilerRequest = CompileRequest;

/** Worker → page: esbuild is initialised and warmed up. Sent once. */
export interface ReadyMessage {
  type: 'ready';
}

/** Worker → page: esbuild could not be initialised (wasm missing, unsupported browser…). */
export interface InitErrorMessage {
  type: 'init-error';
  message: string;
}

/** Worker → page: the answer to a `compile` request (syntax errors are a normal result). */
export interface CompiledMessage {
  type: 'compiled';
  id: number;
  result: CompileResult;
}

/** Worker → page: compiling failed for a reason that is not the cell's fault (esbuild crashed). */
export interface CompileFailedMessage {
  type: 'compile-failed';
  id: number;
  message: string;
}

/** Messages the compile worker sends to the page. */
export type CompilerResponse = ReadyMessage | InitErrorMessage | CompiledMessage | CompileFailedMessage;
