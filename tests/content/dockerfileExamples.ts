import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {readDocs} from './docs';

const exercisesRoot = path.resolve(__dirname, '../../src/exercises');

/** One Dockerfile shown on the site: a fenced ```dockerfile block in docs/, or an exercise's Dockerfile. */
export interface DockerfileExample {
  /** Path relative to the repository root: `docs/tutorial/…/index.mdx`, `src/exercises/…/start.Dockerfile`. */
  file: string;
  /** 1-based line of the Dockerfile's first line in that file. */
  line: number;
  text: string;
  /** The fence's info string after the language (` expect="DL3022" fragment`), empty for exercise files. */
  meta: string;
  /** The props of the <DockerfilePlayground> around the block, or null for a plain block. */
  playground: Record<string, string> | null;
}

/** `key="value"` pairs of a fence meta string or a JSX opening tag. */
export function attributesOf(text: string): Record<string, string> {
  return Object.fromEntries([...text.matchAll(/([A-Za-z][\w-]*)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
}

/** Whether a fence meta string carries a bare word such as `fragment` (not inside a quoted value). */
export function hasFlag(meta: string, flag: string): boolean {
  return meta
    .replace(/"[^"]*"/g, '""')
    .split(/\s+/)
    .includes(flag);
}

/** Whether an MDX line opens a <DockerfilePlayground> (with its props) or closes one. */
function playgroundTag(line: string): {open: Record<string, string>} | 'close' | null {
  if (/^\s*<\/DockerfilePlayground>/.test(line)) return 'close';
  const open = /^\s*<DockerfilePlayground\b([^>]*)>/.exec(line);
  return open ? {open: attributesOf(open[1]!)} : null;
}

/** Every fenced ```dockerfile block of one MDX/Markdown text, with its fence meta and playground props. */
export function dockerfileBlocksOf(file: string, text: string): DockerfileExample[] {
  const lines = text.split('\n');
  const blocks: DockerfileExample[] = [];
  let playground: Record<string, string> | null = null;
  for (let i = 0; i < lines.length; i++) {
    const fence = /^(\s*)(`{3,}|~{3,})(\S*)\s*(.*)$/.exec(lines[i]!);
    if (!fence) {
      const tag = playgroundTag(lines[i]!);
      if (tag === 'close') playground = null;
      else if (tag) playground = tag.open;
      continue;
    }
    const marker = fence[2]!;
    const end = lines.findIndex((l, j) => j > i && l.trim().startsWith(marker) && l.trim().replace(/[`~]/g, '') === '');
    const close = end === -1 ? lines.length : end;
    if (fence[3] === 'dockerfile') {
      const body = lines.slice(i + 1, close);
      blocks.push({file, line: i + 2, text: body.length === 0 ? '' : body.join('\n') + '\n', meta: fence[4]!.trim(), playground});
    }
    i = close;
  }
  return blocks;
}

/** Every ```dockerfile block in docs/. */
export function docsDockerfiles(): DockerfileExample[] {
  return readDocs().flatMap((doc) => dockerfileBlocksOf(path.join('docs', doc.relativePath), doc.text));
}

/** Every file under src/exercises/, relative to the repository root, with its text. */
export function exerciseFiles(): Array<{file: string; text: string}> {
  return readdirSync(exercisesRoot, {recursive: true, encoding: 'utf8'})
    .filter((name) => /\.(?:Dockerfile|ts)$/.test(name))
    .sort()
    .map((name) => ({file: path.join('src/exercises', name), text: readFileSync(path.join(exercisesRoot, name), 'utf8')}));
}

/** Every exercise Dockerfile (start, solution, predict-the-build questions). */
export function exerciseDockerfiles(): DockerfileExample[] {
  return exerciseFiles()
    .filter(({file}) => file.endsWith('.Dockerfile'))
    .map(({file, text}) => ({file, line: 1, text, meta: '', playground: null}));
}
