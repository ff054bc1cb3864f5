/**
 * Keeps exactly one live runner: spawns it, replaces it on stop or crash (each replacement loses
 * the runner's variables, so `epoch` goes up), and gives up after repeated failures to start.
 */
import type { RunnerToPage } from './protocol';
import { RunnerHost, type RunnerWorker } from './runner-host';
import { messageOf } from './run-errors';

/** Runner spawns in a row that die before `ready` before the supervisor gives up. */
export const MAX_FAILED_SPAWNS = 3;

/** What the supervisor needs from the kernel. */
export interface SupervisorOptions {
  spawnWorker(): RunnerWorker;
  locks(): LockManager | undefined;
  /** True while a cell executes in `host` (a busy runner cannot answer pings). */
  isBusy(host: RunnerHost): boolean;
  /** Messages of the current runner other than `ready` / `pong`. */
  onMessage(message: RunnerToPage, host: RunnerHost): void;
  /** `host` died on its own; a replacement is already spawning (unless `onFatal` was called). */
  onCrash(reason: string, host: RunnerHost): void;
  /** No runner can be started. */
  onFatal(reason: string): void;
  /** Readiness changed. */
  onChange(): void;
  /** A new runner was created: the place to send what every runner must know first (the language). */
  onSpawn?(host: RunnerHost): void;
}

/** The current runner and its replacements. */
export class RunnerSupervisor {
  /** +1 each time a runner is replaced: the notebook's variables are gone. */
  epoch = 0;
  /** Whether the current runner has said `ready`. */
  ready = false;
  private host?: RunnerHost;
  private failedSpawns = 0;

  constructor(private readonly options: SupervisorOptions) {}

  /** The current runner, if any (it may still be starting). */
  get current(): RunnerHost | undefined {
    return this.host;
  }

  /** Spawns the first runner (no epoch change: there were no variables to lose). */
  spawn(): void {
    if (!this.host) this.create();
  }

  /** Replaces the current runner on purpose (stop, restart): its variables are lost. */
  respawn(): void {
    this.failedSpawns = 0;
    this.replace();
  }

  /** Kills the runner for good. */
  terminate(): void {
    this.host?.terminate();
    this.host = undefined;
    this.ready = false;
  }

  private replace() {
    this.host?.terminate();
    this.epoch++;
    this.create();
  }

  private create() {
    this.ready = false;
    this.host = undefined;
    try {
      this.host = new RunnerHost(this.options.spawnWorker(), {
        onMessage: (m, host) => this.receive(m, host),
        onCrash: (reason, host) => this.crashed(reason, host),
        isBusy: this.options.isBusy,
        locks: this.options.locks(),
      });
      this.options.onSpawn?.(this.host);
    } catch (e) {
      this.options.onFatal(`the runtime worker could not be created: ${messageOf(e)}`);
    }
    this.options.onChange();
  }

  private receive(message: RunnerToPage, host: RunnerHost) {
    if (host !== this.host) return;
    if (message.type !== 'ready') return this.options.onMessage(message, host);
    this.ready = true;
    this.failedSpawns = 0;
    this.options.onChange();
  }

  private crashed(reason: string, host: RunnerHost) {
    if (host !== this.host) return;
    if (!this.ready && ++this.failedSpawns >= MAX_FAILED_SPAWNS) {
      this.ready = false;
      this.options.onFatal(`the runtime worker failed to start ${MAX_FAILED_SPAWNS} times (${reason})`);
    } else {
      this.replace();
    }
    this.options.onCrash(reason, host);
  }
}
