/**
 * Stops a stateless worker after a quiet period, to give its memory back. The esbuild compile
 * worker holds ~100 MB (PSS, measured by closing it after Run all of lesson 01) and the Parquet
 * codec ~25 MB, although a student reading a lesson uses neither for minutes at a time. Both are
 * restarted on their next request, so stopping them loses nothing.
 */
export class IdleStop {
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** `ms`: the quiet period; `null` never stops. `stop` is called once the period has passed. */
  constructor(
    private readonly ms: number | null,
    private readonly stop: () => void,
  ) {}

  /** Work started: no stop until `quiet()` is called again. */
  busy(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Nothing is in flight: the quiet period starts (again) now. */
  quiet(): void {
    if (this.ms === null) return;
    this.busy();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.stop();
    }, this.ms);
    // In node (tests, the lesson check) a pending stop must not keep the process alive.
    (this.timer as { unref?: () => void }).unref?.();
  }
}
