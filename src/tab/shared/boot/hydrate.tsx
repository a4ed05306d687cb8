import { createDOMRenderer, RendererProvider } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';

/** The element the prerendered page is in. */
export const ROOT_ID = 'root';

/** Takes over a prerendered page: Griffel reuses the styles already in the HTML, React the markup. */
export function hydratePage(render: (root: HTMLElement) => ReactElement): void {
  const root = document.getElementById(ROOT_ID);
  if (!root) throw new Error(`#${ROOT_ID} is missing: the page was not prerendered`);
  const renderer = createDOMRenderer(document);
  hydrateRoot(
    root,
    <RendererProvider renderer={renderer} targetDocument={document}>
      {render(root)}
    </RendererProvider>,
  );
}
