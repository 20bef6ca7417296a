/** A short stable hash of the example, so each editor's autosave has its own key. */
function hashText(text: string): string {
  let hash = 5381;
  for (let i = 0; i < text.length; i++) hash = (hash * 33) ^ text.charCodeAt(i);
  return (hash >>> 0).toString(36);
}

/**
 * The autosave key of one example's editor: per page and per example text, so that editing one example
 * never restores into another, and a changed example starts fresh.
 */
export function labStorageKey(pathname: string, example: string): string {
  return `editor:${pathname}:${hashText(example)}`;
}
