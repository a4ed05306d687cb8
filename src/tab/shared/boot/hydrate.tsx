import { createDOMRenderer, RendererProvider } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import type { Locale } from '../../../content';
import { documentLocale, documentTheme } from '../host/document';
import { loadFluentTheme, type LoadedTheme } from '../host/fluentTheme';

/** The element the prerendered page is in. */
export const ROOT_ID = 'root';

/** What the page was prerendered as; hydration must render the same. */
export type Prerendered = { locale: Locale; theme: LoadedTheme };

/**
 * Takes over a prerendered page in the language and theme it was prerendered in: Griffel reuses the styles already
 * in the HTML, React the markup.
 */
export function hydratePage(render: (root: HTMLElement, prerendered: Prerendered) => ReactElement): void {
  const root = document.getElementById(ROOT_ID);
  if (!root) throw new Error(`#${ROOT_ID} is missing: the page was not prerendered`);
  loadFluentTheme(documentTheme())
    .then((theme) => {
      const page = render(root, { locale: documentLocale(), theme });
      const renderer = createDOMRenderer(document);
      hydrateRoot(
        root,
        <RendererProvider renderer={renderer} targetDocument={document}>
          {page}
        </RendererProvider>,
      );
    })
    .catch((error: unknown) => {
      console.error(
        'Signaalkaart: the page could not start; the card stays readable.',
        (error as Error)?.name,
      );
    });
}
