import {editorLineHeight, editorPadding} from '../DockerfileEditor/metrics';

/** Editor height for a text: every line shown up to 28, then the editor scrolls. */
export function editorHeight(text: string): number {
  const lines = text.split('\n').length;
  return Math.min(Math.max(lines, 6), 28) * editorLineHeight + 2 * editorPadding;
}
