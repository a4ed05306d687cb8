import { afterFirstPaint } from './afterFirstPaint';

/** A page's app chunk: importing it starts the page (`hydratePage`). */
export type AppModule = { started: Promise<void> };

/**
 * Loads a page's app chunk once the prerendered page has painted, and waits for it to start. When either fails
 * (a dropped connection), the page stays as it is: readable, printable, its checkboxes still tick. The console
 * gets the reason, never page content.
 */
export function loadAppAfterFirstPaint(load: () => Promise<AppModule>): void {
  afterFirstPaint(() => {
    load()
      .then((app) => app.started)
      .catch((error: unknown) => {
        console.error(
          'Signaalkaart: the page could not start; the card stays readable.',
          (error as Error)?.name,
        );
      });
  });
}
