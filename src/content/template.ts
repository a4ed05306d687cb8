import type { Template } from './types';

export type TemplatePart = { kind: 'text'; text: string } | { kind: 'slot'; name: string };

/** Splits "a {x} b" into text and slot parts, so each medium fills the slots its own way. */
export function splitTemplate(template: Template): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let rest = template;
  for (let match = /\{([a-z-]+)\}/.exec(rest); match; match = /\{([a-z-]+)\}/.exec(rest)) {
    if (match.index > 0) parts.push({ kind: 'text', text: rest.slice(0, match.index) });
    parts.push({ kind: 'slot', name: match[1] as string });
    rest = rest.slice(match.index + match[0].length);
  }
  if (rest) parts.push({ kind: 'text', text: rest });
  return parts;
}

/** Fills every slot with plain text; an unknown slot is an error in the content, so it throws. */
export function fillTemplate(template: Template, values: Readonly<Record<string, string>>): string {
  return splitTemplate(template)
    .map((part) => {
      if (part.kind === 'text') return part.text;
      const value = values[part.name];
      if (value === undefined) throw new Error(`No value for {${part.name}} in "${template}"`);
      return value;
    })
    .join('');
}
