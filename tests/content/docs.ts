import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';

export const docsRoot = path.resolve(__dirname, '../../docs');

export interface DocFile {
  relativePath: string;
  text: string;
}

/** Every MDX/Markdown file under docs/, in a stable order. */
export function readDocs(): DocFile[] {
  const files = readdirSync(docsRoot, {recursive: true, encoding: 'utf8'})
    .filter((file) => /\.mdx?$/.test(file))
    .sort();
  return files.map((relativePath) => ({relativePath, text: readFileSync(path.join(docsRoot, relativePath), 'utf8')}));
}

export interface Heading {
  line: number;
  text: string;
  id: string | null;
}

/** Markdown headings (## and deeper) outside fenced code blocks, with their explicit `{/* #id *\/}`. */
export function headingsOf(text: string): Heading[] {
  const headings: Heading[] = [];
  let fence: string | null = null;
  text.split('\n').forEach((line, index) => {
    const fenceMatch = /^\s*(```+|~~~+)/.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1]!;
      if (fence === null) fence = marker;
      else if (marker.startsWith(fence)) fence = null;
      return;
    }
    if (fence !== null) return;
    const heading = /^(#{2,6})\s+(.*)$/.exec(line);
    if (!heading) return;
    const id = /\{\/\*\s*#([A-Za-z0-9_-]+)\s*\*\/\}\s*$/.exec(heading[2]!);
    headings.push({line: index + 1, text: heading[2]!, id: id ? id[1]! : null});
  });
  return headings;
}
