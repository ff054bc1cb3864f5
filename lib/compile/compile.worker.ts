/**
 * The compile worker: owns esbuild-wasm so its 14 MB wasm and its transforms never block the
 * page. Spawned by `Compiler` (client.ts); speaks the messages in protocol.ts.
 */
import * as esbuild from 'esbuild-wasm';
import { assets } from '@/lib/assets';
import type { CompilerRequest, CompilerResponse } from './protocol';
import { createCompileService } from './service';

const scope = self as unknown as DedicatedWorkerGlobalScope;

const handle = createCompileService(
  async () => {
    // `worker: false`: we already are a worker; esbuild must not spawn another one.
    await esbuild.initialize({ wasmURL: assets.esbuildWasm, worker: false });
    return esbuild;
  },
  (message: CompilerResponse) => scope.postMessage(message),
);

scope.addEventListener('message', (event: MessageEvent<CompilerRequest>) => {
  void handle(event.data);
});

// A module, so its top-level names stay private and type-checking treats it as one.
export {};
