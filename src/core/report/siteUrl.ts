/** Where the site is published (docusaurus.config.ts reads it too): reports link to its reference pages. */
export const stagecraftSiteUrl = 'https://stagecraft.dev';

/** A site path (`/reference/diagnostics/stage-names-and-references#dl3022`) as an absolute link on the published site. */
export function absoluteSiteUrl(path: string, siteUrl: string = stagecraftSiteUrl): string {
  return `${siteUrl.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}
