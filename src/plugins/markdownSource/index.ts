import {mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {llmsTxt, markdownPath, pageMarkdown, sidebarIndexes, type DocPage, type SidebarItem} from './pageSources';

interface LoadedDoc {
  id: string;
  title: string;
  description: string;
  permalink: string;
  source: string;
  sidebar?: string;
  unlisted?: boolean;
  draft?: boolean;
}

interface LoadedVersion {
  docs: LoadedDoc[];
  sidebars: Record<string, SidebarItem[]>;
}

function versionsOf(plugins: readonly {name: string; content: unknown}[]): LoadedVersion[] {
  const docs = plugins.find((plugin) => plugin.name === 'docusaurus-plugin-content-docs');
  return (docs?.content as {loadedVersions?: LoadedVersion[]} | undefined)?.loadedVersions ?? [];
}

function pagesOf(version: LoadedVersion): DocPage[] {
  const indexes = sidebarIndexes(version.sidebars);
  return version.docs
    .filter((doc) => !doc.unlisted && !doc.draft)
    .map((doc) => ({
      title: doc.title,
      description: doc.description,
      permalink: doc.permalink,
      sidebar: doc.sidebar ?? null,
      sidebarIndex: indexes.get(doc.id) ?? null,
      source: doc.source.replace(/^@site\//, ''),
    }));
}

/**
 * After the build, writes each docs page's Markdown source beside its HTML (`/tutorial/target.md`, which the
 * "Copy page as Markdown" button fetches) and `llms.txt`, an index of those files. Kept to these few lines
 * rather than a plugin dependency (docusaurus-plugin-llms, @signalwire/docusaurus-plugin-llms-txt) because
 * we serve the source exactly as written, front matter aside, and need nothing converted from the HTML.
 */
export default function markdownSourcePlugin(context: LoadContext): Plugin {
  return {
    name: 'stagecraft-markdown-source',
    async postBuild({plugins, outDir}) {
      const pages = versionsOf(plugins).flatMap(pagesOf);
      for (const page of pages) {
        const source = await readFile(path.join(context.siteDir, page.source), 'utf8');
        const target = path.join(outDir, markdownPath(page.permalink));
        await mkdir(path.dirname(target), {recursive: true});
        await writeFile(target, pageMarkdown(page, source));
      }
      const {title, tagline, url} = context.siteConfig;
      await writeFile(path.join(outDir, 'llms.txt'), llmsTxt({title, tagline, url}, pages));
    },
  };
}
