import {readFileSync} from 'node:fs';
import path from 'node:path';

/** Paths of every route in a build's sitemap, in order (the e2e suite's build unless told another). */
export function sitemapPaths(buildDir: string = path.resolve(__dirname, '../../build')): string[] {
  const xml = readFileSync(path.join(buildDir, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}
