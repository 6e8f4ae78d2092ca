/** The print figure is rebuilt this long after the last change. */
export const SETTLE_MS = 1000;
/** The longest wait between tries while no figure is laid out. */
export const MAX_RETRY_MS = 16_000;

/**
 * When the print view rebuilds its figure: `later` a moment after the last change (each change
 * moves it on, so a slider sequence or a training run costs one rebuild at its end); `retry`
 * after a try found no figure, waiting twice as long each time up to MAX_RETRY_MS, so a slow
 * first load still gets one and a page without any does not look again every second. A change
 * starts the waits over.
 */
export function createPrintSchedule(run: () => void) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let wait = SETTLE_MS;
  const schedule = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
  return {
    later() {
      wait = SETTLE_MS;
      schedule(SETTLE_MS);
    },
    retry() {
      schedule(wait);
      wait = Math.min(2 * wait, MAX_RETRY_MS);
    },
    cancel() {
      clearTimeout(timer);
    },
  };
}
