import {toShareFragment, type SharedState} from '../../core/share/shareState';

/** The message an embed posts to its host page whenever its height changes. */
export const embedHeightMessage = 'stagecraft:embed-height';

export interface EmbedHeightMessage {
  type: typeof embedHeightMessage;
  height: number;
}

/** The embed page's address for a Dockerfile: `/embed`, an optional `?theme=`, and the lab's share fragment. */
export function embedUrl(origin: string, state: SharedState, theme: 'light' | 'dark' | null = null): string {
  return `${origin}/embed${theme === null ? '' : `?theme=${theme}`}${toShareFragment(state)}`;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The `<iframe>` a team pastes into its own docs. Without `?theme=` the embed follows the reader's
 * light or dark setting; a fixed height until the host listens for the height message (see the docs).
 */
export function embedSnippet(origin: string, state: SharedState): string {
  const src = escapeAttribute(embedUrl(origin, state));
  return `<iframe src="${src}" title="Dockerfile stage graph (Stagecraft)" width="100%" height="520" style="border: 0" loading="lazy"></iframe>`;
}
