/**
 * Test support: the real runner core behind a MessageChannel, i.e. a runner worker without the
 * thread, for driving a `Kernel` in node (or in a page, to debug without workers). Cells run in
 * the global scope of the caller, and the cell API (with a capturing `console`) is installed on
 * it: save and restore `globalThis.console` around tests. A synchronous endless loop in a cell
 * blocks the caller, since there is no thread to terminate.
 */
import { startRunner } from '@/lib/cell-api/runtime';
import type { PageToRunner } from './protocol';
import type { RunnerWorker } from './runner-host';

/** A `RunnerWorker` whose runner runs in this thread. */
export class InProcessRunner implements RunnerWorker {
  onmessage: ((event: MessageEvent) => unknown) | null = null;
  onerror: ((event: ErrorEvent) => unknown) | null = null;
  /** Every message the page sent, for assertions. */
  readonly posted: PageToRunner[] = [];
  terminated = false;
  private readonly channel = new MessageChannel();

  constructor() {
    const { port1, port2 } = this.channel;
    port1.onmessage = (event) => this.onmessage?.(event);
    startRunner({
      post: (message) => port2.postMessage(message),
      listen: (handler) => {
        port2.onmessage = (event) => handler(event.data as PageToRunner);
      },
    });
  }

  postMessage(message: PageToRunner): void {
    this.posted.push(message);
    this.channel.port1.postMessage(message);
  }

  terminate(): void {
    this.terminated = true;
    this.channel.port1.close();
    this.channel.port2.close();
  }

  /** Simulates the worker dying with an error event (a failed load, a crash). */
  crash(message = 'boom'): void {
    this.onerror?.({ message, preventDefault() {} } as ErrorEvent);
  }
}
