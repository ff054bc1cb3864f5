/**
 * Start-up phases in the page's performance timeline (`de:<phase>` marks), so a trace can say
 * where the time before the first result goes (scripts/bench/trace-startup.mts prints them).
 */

/** Marks a phase once per page (the first runner, the first DuckDB); later ones are not start-up. */
export function markPhase(phase: string): void {
  const name = `de:${phase}`;
  try {
    if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
  } catch {
    // No performance timeline (an old runtime): the marks are for measuring only.
  }
}
