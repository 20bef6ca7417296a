/**
 * Pure pieces of the Markdown-source plugin: which file each docs page is written to, the page's
 * Markdown as served, and llms.txt (https://llmstxt.org: a title, a summary, then sections of links).
 */

export interface DocPage {
  title: string;
  description: string;
  /** The page's route (`/tutorial/target`). */
  permalink: string;
  /** The sidebar the page belongs to (`tutorial`), or null. */
  sidebar: string | null;
  /** The page's place in its sidebar, counting every doc the sidebar lists in order (categories opened), or null. */
  sidebarIndex: number | null;
  /** The source file relative to the site (`docs/tutorial/06-target/index.mdx`). */
  source: string;
}

/** Where a page's Markdown is served: its route plus `.md` (`/tutorial/target.md`). */
export function markdownPath(permalink: string): string {
  return `${permalink.replace(/\/+$/, '') || '/index'}.md`;
}

/** The MDX import lines a page starts with (they wire components into the page; they are not Markdown). */
const leadingImports = /^(?:\s*import\s[^\n]*\sfrom\s+['"][^'"\n]+['"];?[ \t]*(?:\r?\n|$))+/;

/** The source without its front matter and leading imports, under the page's title and description. */
export function pageMarkdown(page: Pick<DocPage, 'title' | 'description'>, source: string): string {
  const body = source
    .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '')
    .replace(leadingImports, '')
    .replace(/^\s+/, '');
  const hasTitle = /^# /m.test(body.split('\n').find((line) => line.trim() !== '') ?? '');
  const head = hasTitle ? '' : `# ${page.title}\n\n`;
  return `${head}${page.description ? `> ${page.description}\n\n` : ''}${body}`;
}

/** A sidebar item as the docs plugin's loaded content holds it (the kinds that can name a doc). */
export interface SidebarItem {
  type: string;
  id?: string;
  items?: SidebarItem[];
  link?: {type: string; id?: string};
}

/** Each doc's place in its sidebar, in the order the sidebar shows them (a category's own page before its items). */
export function sidebarIndexes(sidebars: Record<string, SidebarItem[]>): Map<string, number> {
  const indexes = new Map<string, number>();
  const visit = (items: SidebarItem[]) => {
    for (const item of items) {
      if (item.type === 'doc' && item.id !== undefined) indexes.set(item.id, indexes.size);
      if (item.type === 'category') {
        if (item.link?.type === 'doc' && item.link.id !== undefined) indexes.set(item.link.id, indexes.size);
        visit(item.items ?? []);
      }
    }
  };
  for (const items of Object.values(sidebars)) visit(items);
  return indexes;
}

const sectionTitles: Record<string, string> = {tutorial: 'Tutorial', exercises: 'Exercises', reference: 'Reference'};

/** Pages by sidebar, each sidebar in its own order; pages outside every sidebar last, by source file. */
function inReadingOrder(pages: readonly DocPage[]): DocPage[] {
  const sidebars = Object.keys(sectionTitles);
  const rank = (page: DocPage) => (page.sidebar === null ? sidebars.length : sidebars.indexOf(page.sidebar) + 1 || sidebars.length);
  const index = (page: DocPage) => page.sidebarIndex ?? Infinity;
  return [...pages].sort((a, b) => rank(a) - rank(b) || index(a) - index(b) || a.source.localeCompare(b.source));
}

/** llms.txt: the site's title and tagline, then one list of links to the pages' Markdown per sidebar. */
export function llmsTxt(site: {title: string; tagline: string; url: string}, pages: readonly DocPage[]): string {
  const lines = [`# ${site.title}`, '', `> ${site.tagline}`];
  let section: string | null | undefined;
  for (const page of inReadingOrder(pages)) {
    if (page.sidebar !== section) {
      section = page.sidebar;
      lines.push('', `## ${section === null ? 'Other pages' : (sectionTitles[section] ?? section)}`, '');
    }
    const description = page.description ? `: ${page.description}` : '';
    lines.push(`- [${page.title}](${site.url.replace(/\/+$/, '')}${markdownPath(page.permalink)})${description}`);
  }
  return `${lines.join('\n')}\n`;
}
