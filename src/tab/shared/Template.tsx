import { Fragment, type ReactNode } from 'react';
import { splitTemplate, type Template as TemplateText } from '../../content';

type TemplateProps = { template: TemplateText; slots: Readonly<Record<string, ReactNode>> };

/** Renders a content sentence with its `{slot}`s filled by React nodes (a link where the card has a number). */
export function Template({ template, slots }: TemplateProps) {
  return (
    <>
      {splitTemplate(template).map((part, index) => (
        <Fragment key={index}>{part.kind === 'text' ? part.text : slots[part.name]}</Fragment>
      ))}
    </>
  );
}
