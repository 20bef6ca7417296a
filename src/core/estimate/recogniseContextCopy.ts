/**
 * COPY/ADD from the build context: the whole context (`COPY . .`, `ADD . /app`) or source folders and
 * files are `source`; package manifests and config files are `other`; files named like secrets (`.env`,
 * `id_rsa`, `.npmrc`) are `secret`. None has a size the Dockerfile can tell.
 */

import {resolvePath} from '../model/stageChain';
import type {ContentCategory, CopyInstruction} from '../types';
import {itemDraft, type ItemDraft} from './itemDraft';
import {recogniseSecretFile, secretFileDraft} from './recogniseSecret';
import {hasWildcard} from './relatePaths';

const manifests =
  /^(?:package(?:-lock)?\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|pnpm-workspace\.yaml|bun\.lockb?|\.yarnrc(?:\.yml)?|go\.(?:mod|sum|work)|requirements[\w.-]*\.txt|constraints\.txt|Pipfile(?:\.lock)?|pyproject\.toml|poetry\.lock|uv\.lock|setup\.(?:py|cfg)|Cargo\.(?:toml|lock)|pom\.xml|build\.gradle(?:\.kts)?|settings\.gradle(?:\.kts)?|gradle\.properties|Gemfile(?:\.lock)?|composer\.(?:json|lock))$/;
const codeFile =
  /\.(?:[cm]?[jt]sx?|go|py|rs|java|kt|scala|c|cc|cpp|h|hpp|rb|php|cs|fs|swift|vue|svelte|astro|html|css|scss|sql|sh)$/i;
const sourceFolder =
  /^(?:src|source|lib|app|apps|cmd|internal|pkg|packages|server|client|web|public|static|assets|components|pages|routes|views|templates|test|tests|spec|scripts|api|core|modules)$/i;
const configFile = /(?:\.(?:json|ya?ml|toml|ini|conf|cfg|config|xml|properties)|rc)$/i;
const remote = /^(?:https?:\/\/|git@|git:\/\/)/;
const archive = /\.(?:tar|tar\.(?:gz|bz2|xz|zst)|tgz|tbz2?|txz)$/i;

type Kind = 'context' | 'source' | 'manifest' | 'config' | 'secret' | 'remote' | 'archive' | 'other';

function basename(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

function classify(source: string, add: boolean): {kind: Kind; what?: string} {
  if (remote.test(source)) return {kind: 'remote'};
  const trimmed = source.replace(/^\.\//, '').replace(/\/+$/, '');
  if (trimmed === '' || trimmed === '.' || trimmed === '*' || trimmed === '/') return {kind: 'context'};
  const secret = recogniseSecretFile(trimmed);
  if (secret !== null) return {kind: 'secret', what: secret};
  const name = basename(trimmed);
  if (add && archive.test(name)) return {kind: 'archive'};
  if (manifests.test(name)) return {kind: 'manifest'};
  if (codeFile.test(name)) return {kind: 'source'};
  if (sourceFolder.test(name)) return {kind: 'source'};
  if (configFile.test(name) || /^(?:Makefile|Dockerfile|\.dockerignore|LICENSE|README(?:\.md)?)$/i.test(name)) return {kind: 'config'};
  return {kind: 'other'};
}

/** Whether a path names a file rather than a folder, as far as its name tells (an extension, a known file). */
function looksLikeFile(name: string): boolean {
  if (/\.[A-Za-z0-9]+$/.test(name) && !name.startsWith('.')) return true;
  return manifests.test(name) || recogniseSecretFile(name) !== null;
}

/** Where a copied source lands: a folder's contents go into the destination; a file goes into it when it is a folder. */
export function copyDestination(source: string, destination: string, destinationIsFolder: boolean, isFile: boolean): string {
  if (!isFile && !hasWildcard(basename(source))) return destination;
  return destinationIsFolder ? `${destination === '/' ? '' : destination}/${basename(source)}` : destination;
}

/** Whether the destination as written names a folder: a trailing slash, `.`, or several sources. */
export function destinationIsFolder(destination: string, sourceCount: number): boolean {
  return sourceCount > 1 || /\/$/.test(destination) || /(?:^|\/)\.\.?$/.test(destination);
}

const labels: Record<Exclude<Kind, 'secret'>, {category: ContentCategory; label: (names: string) => string; assumption: string}> = {
  context: {
    category: 'source',
    label: () => 'the whole build context (source and everything .dockerignore lets through)',
    assumption: 'the build context is as large as the project folder minus .dockerignore; the Dockerfile cannot tell its size',
  },
  source: {
    category: 'source',
    label: (names) => `source: ${names}`,
    assumption: 'source files are usually small next to dependencies, but the Dockerfile cannot tell their size',
  },
  manifest: {
    category: 'other',
    label: (names) => `package manifests: ${names}`,
    assumption: 'manifests and lock files are a few kB to a few MB; no figure is used',
  },
  config: {
    category: 'other',
    label: (names) => `files from the build context: ${names}`,
    assumption: 'configuration files are usually a few kB; no figure is used',
  },
  other: {
    category: 'other',
    label: (names) => `files from the build context: ${names}`,
    assumption: 'the Dockerfile cannot tell the size of these files',
  },
  remote: {
    category: 'other',
    label: (names) => `downloaded by ADD: ${names}`,
    assumption: 'the size of a download is not known before the build',
  },
  archive: {
    category: 'other',
    label: (names) => `archive unpacked by ADD: ${names}`,
    assumption: 'the size of an archive is not known before the build',
  },
};

/** The items a COPY/ADD from the build context (no --from) adds, grouped by kind. */
export function recogniseContextCopy(instruction: CopyInstruction, workdir: string): ItemDraft[] {
  const add = instruction.kind === 'add';
  const how = add ? 'ADD' : 'COPY';
  if (instruction.heredocs.length > 0 && instruction.sources.every((source) => source.startsWith('<<'))) {
    const destination = instruction.destination === null ? workdir : resolvePath(workdir, instruction.destination);
    return [
      itemDraft({
        category: 'other',
        label: `file written from a heredoc (${how} <<${instruction.heredocs[0]!.name})`,
        paths: [destination],
        assumption: 'a heredoc file is as large as its text, a few kB at most; no figure is used',
        file: true,
      }),
    ];
  }
  if (instruction.destination === null) return [];
  const destination = resolvePath(workdir, instruction.destination);
  const folder = destinationIsFolder(instruction.destination, instruction.sources.length);

  const groups = new Map<Kind, {names: string[]; paths: string[]; file: boolean}>();
  const secrets: ItemDraft[] = [];
  for (const source of instruction.sources) {
    const {kind, what} = classify(source, add);
    const name = basename(source) || source;
    const isFile = kind !== 'context' && looksLikeFile(name);
    const path = copyDestination(source, destination, folder, isFile);
    if (kind === 'secret') {
      secrets.push(secretFileDraft(path, what!, `${how} ${source}`));
      continue;
    }
    const group = groups.get(kind) ?? {names: [], paths: [], file: isFile};
    group.names.push(source);
    if (!group.paths.includes(path)) group.paths.push(path);
    group.file = group.file && isFile;
    groups.set(kind, group);
  }
  const drafts: ItemDraft[] = [];
  for (const [kind, group] of groups) {
    const spec = labels[kind as Exclude<Kind, 'secret'>];
    const names = group.names.length > 4 ? `${group.names.slice(0, 4).join(', ')} and ${group.names.length - 4} more` : group.names.join(', ');
    const label = kind === 'context' ? `${spec.label(names)} (${how} ${group.names.join(' ')} ${instruction.destination})` : `${spec.label(names)} (${how})`;
    drafts.push(itemDraft({category: spec.category, label, paths: group.paths, assumption: spec.assumption, file: group.file}));
  }
  return [...drafts, ...secrets];
}
