/**
 * Names for the stage graphs drawn ahead of time by `npm run graphs:draw` (static/graphs/): an authored example
 * (its text and first target) names its drawing, so a page can show it before any analysis or mermaid runs.
 */
export type ColorMode = 'light' | 'dark';

/** FNV-1a over UTF-16 code units, with one offset basis. */
function fnv1a(text: string, basis: number): number {
  let hash = basis;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * 64 bits of two FNV-1a hashes as 16 hex digits: a file name, not a security measure. Written here because
 * pages need it synchronously while rendering (Web Crypto's digest is asynchronous) and it must be tiny.
 */
export function textKey(text: string): string {
  return [fnv1a(text, 0x811c9dc5), fnv1a(text, 0x050c5d1f)].map((part) => part.toString(16).padStart(8, '0')).join('');
}

/** The name of an example's drawing: its text as the lab opens it and the target it opens on. */
export function exampleKey(example: string, target: string | null): string {
  return textKey(`${target ?? ''}\n${example}`);
}

/** Where the drawing of an example is served (before the site's base URL). */
export function predrawnPath(key: string, mode: ColorMode): string {
  return `/graphs/${key}.${mode}.svg`;
}

/** The id of a drawing's <svg>: mermaid scopes its styles to it, so each drawing on a page needs its own. */
export function predrawnSvgId(key: string, mode: ColorMode): string {
  return `stagecraft-predrawn-${key}-${mode}`;
}
