/**
 * Loads a page's app chunk. When it cannot load (a dropped connection), the prerendered page stays as it
 * is: readable, printable, its checkboxes still tick. The console gets the reason, never page content.
 */
export function loadApp(load: () => Promise<unknown>): void {
  load().catch((error: unknown) => {
    console.error('Signaalkaart: the app could not load; the card stays readable.', (error as Error)?.name);
  });
}
