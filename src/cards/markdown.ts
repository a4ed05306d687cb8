// Characters that start inline formatting or a link in the markdown subset of TextBlock.
const INLINE = /[\\`*_~[\]<>|]/g;
// At the start of a line: a heading, quote, bullet, or the number of a numbered list item.
const BLOCK_MARK = /^(\s*)(?:([#>+-])|(\d+)([.)]))/;

/**
 * Makes text from outside (or any text) safe to put in a markdown TextBlock: it is shown as typed and cannot add
 * links, formatting, lists or line breaks. Card text passes through unchanged, since it has none of these.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(INLINE, (c) => `\\${c}`)
    .replace(BLOCK_MARK, (_m, space: string, mark?: string, digits?: string, punct?: string) =>
      mark ? `${space}\\${mark}` : `${space}${digits}\\${punct}`,
    );
}
