/**
 * Text from a Dockerfile placed into GitHub-flavoured Markdown. Stage names, image references and messages
 * come from the file, so none of them may open a link, an HTML tag or a new table cell.
 */

/**
 * Plain text inside a paragraph, list item or table cell: one line, the characters that open inline Markdown
 * (emphasis, code, links, strikethrough, table cells) backslash-escaped, HTML as entities. Block markers
 * (`#`, `-`, `1.`) need no escape because the text never starts a line.
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]|~]/g, (character) => `\\${character}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Inline code that holds any text: a fence one backtick longer than the longest run inside (CommonMark 6.1). */
export function markdownCode(text: string, where: 'text' | 'table' = 'text'): string {
  const oneLine = text.replace(/[\r\n]+/g, ' ');
  const longestRun = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
  // In a table a pipe ends the cell even inside code, so there it is escaped (GFM tables, example 200);
  // elsewhere the backslash would show.
  const body = where === 'table' ? oneLine.replace(/\|/g, '\\|') : oneLine;
  return `${fence}${pad}${body}${pad}${fence}`;
}
