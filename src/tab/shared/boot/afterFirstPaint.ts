/** How long to wait for a paint that may never come (a frame that is hidden while it loads). */
export const FIRST_PAINT_FALLBACK_MS = 1000;

/**
 * Calls `start` once, right after the browser has painted the prerendered page for the first time, or after
 * `fallbackMs` when no paint is reported (a hidden frame, a browser without paint timing). Evaluating the
 * app's script and hydrating take the CPU for tens of milliseconds; before the first paint they would hold
 * back the card the clerk is waiting for.
 */
export function afterFirstPaint(start: () => void, fallbackMs = FIRST_PAINT_FALLBACK_MS): void {
  const paintTiming =
    typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('paint');
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    clearTimeout(fallback);
    start();
  };
  const fallback = setTimeout(once, fallbackMs);
  const observer = paintTiming
    ? new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length) once();
      })
    : undefined;
  if (observer) observer.observe({ type: 'paint', buffered: true });
  // Without paint timing: the task after the next frame, which comes after its paint.
  else requestAnimationFrame(() => setTimeout(once));
}
