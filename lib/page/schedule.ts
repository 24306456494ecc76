/**
 * Work on the page's main thread is done in slices well under a frame, so the page never waits for us:
 * the browser gets the thread back between slices (idle callbacks where it has them).
 */
export const SLICE_MS = 6;
/** The first slice of the eager script, in the task that also evaluates the script. */
export const START_SLICE_MS = 3;

export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 300 });
    else setTimeout(resolve, 0);
  });
}

/**
 * Tracks the time of the current slice; `due()` is true when it is time to yield. `Date.now()` rather
 * than `performance.now()`: a millisecond is fine enough for slices of a few, and the eager script then
 * never touches `performance`, whose first use in a page's isolated world costs more than the clock.
 */
export class Slice {
  private started = Date.now();
  /** Total time spent working (not waiting), in ms. */
  busyMs = 0;

  /** `budget`: a shorter slice where the task already holds other work (a script's start-up: its compile and top level). */
  due(budget = SLICE_MS): boolean {
    return Date.now() - this.started > budget;
  }

  async yield(): Promise<void> {
    this.busyMs += Date.now() - this.started;
    await yieldToPage();
    this.started = Date.now();
  }

  end(): void {
    this.busyMs += Date.now() - this.started;
  }

  restart(): void {
    this.started = Date.now();
  }
}
