import {editorLineHeight, editorPadding} from '../DockerfileEditor/metrics';

/** Editor height for a text: every line shown up to 28, then the editor scrolls. */
export function editorHeight(text: string): number {
  const lines = text.split('\n').length;
  return Math.min(Math.max(lines, 6), 28) * editorLineHeight + 2 * editorPadding;
}

/**
 * Below this viewport width (phones) every lab uses the compact toolbar. Keep it equal to the
 * `max-width: 700px` media queries in styles.module.css, which size the loading skeleton the same way.
 */
export const compactMediaQuery = '(max-width: 700px)';
