import { afterFirstPaint } from './afterFirstPaint';

/**
 * Loads a page's app chunk once the prerendered page has painted. When it cannot load (a dropped connection),
 * the page stays as it is: readable, printable, its checkboxes still tick. The console gets the reason, never
 * page content.
 */
export function loadAppAfterFirstPaint(load: () => Promise<unknown>): void {
  afterFirstPaint(() => {
    load().catch((error: unknown) => {
      console.error('Signaalkaart: the app could not load; the card stays readable.', (error as Error)?.name);
    });
  });
}
