import { createDOMRenderer, RendererProvider } from '@fluentui/react-components';
import { startTransition, type ReactElement } from 'react';
import type { Locale } from '../../../content';
import { documentLocale, documentTheme } from '../host/document';
import { loadFluentTheme, type LoadedTheme } from '../host/fluentTheme';

/** The element the prerendered page is in. */
export const ROOT_ID = 'root';

/** What the page was prerendered as; hydration must render the same. */
export type Prerendered = { locale: Locale; theme: LoadedTheme };

/**
 * Takes over a prerendered page in the language and theme it was prerendered in: Griffel reuses the styles already
 * in the HTML, React the markup. The page's code, React's DOM renderer (preloaded in parallel) and the start of
 * hydration each run in a task of their own, and hydration is a transition, which React does in slices with the
 * main thread free in between: a click meanwhile is answered at once (React first finishes the part that was
 * clicked).
 */
export async function hydratePage(
  render: (root: HTMLElement, prerendered: Prerendered) => ReactElement,
): Promise<void> {
  const root = document.getElementById(ROOT_ID);
  if (!root) throw new Error(`#${ROOT_ID} is missing: the page was not prerendered`);
  const [{ hydrateRoot }, theme] = await Promise.all([
    import(/* webpackChunkName: "react-dom", webpackPreload: true */ 'react-dom/client'),
    loadFluentTheme(documentTheme()),
  ]);
  // React's DOM renderer has just run its own module code: hydration starts in a task of its own.
  await new Promise((resolve) => setTimeout(resolve));
  const page = render(root, { locale: documentLocale(), theme });
  const renderer = createDOMRenderer(document);
  startTransition(() => {
    hydrateRoot(
      root,
      <RendererProvider renderer={renderer} targetDocument={document}>
        {page}
      </RendererProvider>,
    );
  });
}
