/**
 * COPY/ADD from the build context: the whole context (`COPY . .`, `ADD . /app`) or source folders and
 * files are `source`; package manifests and config files are `other`; files named like secrets (`.env`,
 * `id_rsa`, `.npmrc`) are `secret`. None has a size the Dockerfile can tell.
 */

import type {ContentCategory, CopyInstruction} from '../types';
import {itemDraft, type ItemDraft} from './itemDraft';
import {recogniseSecretFile, secretFileDraft} from './recogniseSecret';
import {installConfigNames, isManifestName} from '../contents/fileKinds';
import {basename, hasGlob as hasWildcard} from '../contents/paths';

const codeFile = /\.(?:[cm]?[jt]sx?|go|py|rs|java|kt|scala|c|cc|cpp|h|hpp|rb|php|cs|fs|swift|vue|svelte|astro|html|css|scss|sql|sh)$/i;
const sourceFolder =
  /^(?:src|source|lib|app|apps|cmd|internal|pkg|packages|server|client|web|public|static|assets|components|pages|routes|views|templates|test|tests|spec|scripts|api|core|modules)$/i;
const configFile = /(?:\.(?:json|ya?ml|toml|ini|conf|cfg|config|xml|properties)|rc)$/i;
const remote = /^(?:https?:\/\/|git@|git:\/\/)/;
const archive = /\.(?:tar|tar\.(?:gz|bz2|xz|zst)|tgz|tbz2?|txz)$/i;

type Kind = 'context' | 'source' | 'manifest' | 'config' | 'secret' | 'remote' | 'archive' | 'other';

interface Classified {
  kind: Kind;
  /** Whether the source names a file rather than a folder, as far as its name tells. */
  file: boolean;
  what?: string;
}

const withExtension = /[^.]\.[A-Za-z0-9]+$/;
const knownFiles = /^(?:Makefile|Dockerfile|\.dockerignore|LICENSE|README(?:\.md)?)$/i;

function classify(source: string, add: boolean): Classified {
  if (remote.test(source)) return {kind: 'remote', file: true};
  const trimmed = source.replace(/^\.\//, '').replace(/\/+$/, '');
  if (trimmed === '' || trimmed === '.' || trimmed === '*' || trimmed === '/') return {kind: 'context', file: false};
  const name = basename(trimmed);
  const secret = recogniseSecretFile(name);
  if (secret !== null) return {kind: 'secret', file: !/^\.(?:ssh|aws|gnupg|kube)$/.test(name), what: secret};
  if (add && archive.test(name)) return {kind: 'archive', file: true};
  if (isManifestName(name) || installConfigNames.includes(name)) return {kind: 'manifest', file: true};
  const file = withExtension.test(name);
  if (codeFile.test(name)) return {kind: 'source', file};
  if (sourceFolder.test(name)) return {kind: 'source', file};
  if (configFile.test(name) || knownFiles.test(name)) return {kind: 'config', file: file || knownFiles.test(name)};
  return {kind: 'other', file};
}

/** Where a copied source lands: a folder's contents go into the destination; a file goes into it when it is a folder. */
export function copyDestination(source: string, destination: string, destinationIsFolder: boolean, isFile: boolean): string {
  if (!isFile && !hasWildcard(basename(source))) return destination;
  return destinationIsFolder ? `${destination === '/' ? '' : destination}/${basename(source)}` : destination;
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

const remembered = new Map<string, readonly ItemDraft[]>();

/** The items a COPY/ADD from the build context (no --from) adds, grouped by kind. Remembered; do not change the result. */
export function recogniseContextCopy(instruction: CopyInstruction, destination: string, folder: boolean): readonly ItemDraft[] {
  const key = `${instruction.kind}\u0000${destination}\u0000${folder}\u0000${instruction.heredocs[0]?.name ?? ''}\u0000${instruction.sources.join('\u0000')}`;
  let drafts = remembered.get(key);
  if (drafts === undefined) {
    drafts = recognise(instruction, destination, folder);
    if (remembered.size >= 500) remembered.clear();
    remembered.set(key, drafts);
  }
  return drafts;
}

function recognise(instruction: CopyInstruction, destination: string, folder: boolean): ItemDraft[] {
  const add = instruction.kind === 'add';
  const how = add ? 'ADD' : 'COPY';
  if (instruction.heredocs.length > 0 && instruction.sources.every((source) => source.startsWith('<<'))) {
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

  const groups = new Map<Kind, {names: string[]; paths: string[]; file: boolean}>();
  const secrets: ItemDraft[] = [];
  const shapes = instruction.sources.map((source) => classify(source, add));
  for (const [index, source] of instruction.sources.entries()) {
    const {kind, what, file: isFile} = shapes[index]!;
    // Copied to a file name, a file is replaced by the next file copied there (see intoDirectory in contents/copies).
    if (!folder && isFile && shapes.slice(index + 1).some((later) => later.file)) continue;
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
    drafts.push(
      itemDraft({category: spec.category, label, paths: group.paths, assumption: spec.assumption, file: group.file, wholeBuildContext: kind === 'context'}),
    );
  }
  return [...drafts, ...secrets];
}
