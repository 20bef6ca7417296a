/**
 * COPY --from carries categories by path: the items of the source stage (or image) that lie at or under a
 * copied path land under the destination with their categories, so copying `/app/node_modules` brings
 * devDependencies when that stage installed them, copying `/app/dist` brings only the build output, and
 * copying `/app` brings source, node_modules and output together. A path inside one item (one file of
 * `dist`) brings a part of it, of unknown size.
 */

import type {ContentItem} from '../types';
import {isBuildContextItem} from './baseImageContents';
import {isManifestName} from '../contents/fileKinds';
import {pathSegments, relatePaths, resolvePath as resolveAgainst} from '../contents/paths';

/** An item as it lives in a stage, with what the estimate needs to place copies of it. */
export interface StageEntry {
  item: ContentItem;
  /** The item is one file: copied into a folder, it keeps its name. */
  file: boolean;
  /** OS packages it stands for (apk del / apt-get purge). */
  packages: readonly string[];
  /** The instruction that created the entry in this stage (numbered across the file; -1 for a base image's). */
  serial: number;
}

export interface CopyRequest {
  /** Source paths as written (relative ones are relative to the root of the source, not its WORKDIR). */
  sources: readonly string[];
  /** The destination, resolved against the copying stage's WORKDIR. */
  destination: string;
  /** Whether the destination as written names a folder. */
  destinationIsFolder: boolean;
  /** The copying stage and the COPY's line. */
  stage: number;
  line: number;
  from: {stage: number | null; image: string | null};
}

function lastSegment(segments: readonly string[]): string {
  return segments[segments.length - 1] ?? '';
}

function join(destination: string, rest: readonly string[]): string {
  if (rest.length === 0) return destination;
  return `${destination === '/' ? '' : destination}/${rest.join('/')}`;
}

const looksLikeFileName = /\.[A-Za-z0-9]+$/;
const wildcard = /[*?[]/;

/** A file entry copied to the destination name itself. */
const atDestination = (entry: StageEntry, destination: string): boolean => entry.file && entry.item.paths.length === 1 && entry.item.paths[0] === destination;

/** Appends to `copied` what one source of the COPY brings: the items at or under it, or a part of the item holding it. */
function copyOneSource(entries: readonly StageEntry[], request: CopyRequest, written: string, copied: StageEntry[]): void {
  const {destination, destinationIsFolder: folder} = request;
  const source = resolveAgainst('/', written);
  const sourceSegments = pathSegments(source);
  const sourceName = lastSegment(sourceSegments);
  let found = false;
  let container: {entry: StageEntry; depth: number} | null = null;

  for (const entry of entries) {
    if (entry.item.removedAt !== null) continue;
    const paths: string[] = [];
    for (const path of entry.item.paths) {
      const itemSegments = pathSegments(path);
      const relation = relatePaths(itemSegments, sourceSegments);
      if (relation.kind === 'inside') {
        if (relation.rest.length > 0) paths.push(join(destination, relation.rest));
        else if (entry.file) {
          const name = wildcard.test(sourceName) || sourceName === '' ? lastSegment(itemSegments) : sourceName;
          paths.push(folder ? join(destination, [name]) : destination);
        } else paths.push(destination);
      } else if (relation.kind === 'contains' && (container === null || itemSegments.length >= container.depth)) {
        container = {entry, depth: itemSegments.length};
      }
    }
    if (paths.length === 0) continue;
    found = true;
    copied.push({
      item: {
        ...entry.item,
        line: request.line,
        paths,
        via: 'copy',
        copiedFrom: request.from,
        removedAt: null,
      },
      file: entry.file,
      packages: entry.packages,
      serial: -1,
    });
  }

  if (!found && container !== null) copied.push(partOf(container.entry.item, request, source, `${request.stage}:${request.line}:part${copied.length}`));
}

/** A part of the item that holds the source (one file of a copied folder, a path in an image), of unknown size. */
function partOf(whole: ContentItem, request: CopyRequest, source: string, id: string): StageEntry {
  const {destination, destinationIsFolder: folder} = request;
  const sourceName = lastSegment(pathSegments(source));
  const path = folder && looksLikeFileName.test(sourceName) ? join(destination, [sourceName]) : destination;
  // A manifest taken out of copied source is a manifest (what an install reads), not source.
  const manifest = whole.category === 'source' && isManifestName(sourceName);
  return {
    item: {
      ...whole,
      id,
      category: whole.category === 'base-image' || manifest ? 'other' : whole.category,
      label: manifest
        ? `package manifest ${sourceName}, from ${whole.label}`
        : `${source} from ${whole.category === 'base-image' && !isBuildContextItem(whole) ? `the image ${whole.label}` : whole.label}`,
      bytes: null,
      range: null,
      line: request.line,
      paths: [path],
      assumption: `a part of ${whole.category === 'base-image' ? 'the image' : 'an item'} whose size is not known on its own`,
      via: 'copy',
      copiedFrom: request.from,
      partOf: whole.id,
      includedIn: null,
      removedAt: null,
      wholeBuildContext: manifest ? false : whole.wholeBuildContext,
    },
    file: looksLikeFileName.test(sourceName),
    packages: [],
    serial: -1,
  };
}

/** The entries a COPY --from brings, each placed under the destination. */
export function copyContentsByPath(entries: readonly StageEntry[], request: CopyRequest): StageEntry[] {
  const copied: StageEntry[] = [];
  const {destination, destinationIsFolder: folder} = request;

  for (const written of request.sources) {
    const before = copied.length;
    copyOneSource(entries, request, written, copied);
    // Copied to a file name, a file is replaced by the next file copied there (see intoDirectory in contents/copies).
    if (!folder && copied.slice(before).some((entry) => atDestination(entry, destination))) {
      const replaced = copied.slice(0, before).filter((entry) => atDestination(entry, destination));
      for (const entry of replaced) copied.splice(copied.indexOf(entry), 1);
    }
  }

  const baseImageCopied = copied.some((entry) => entry.item.category === 'base-image');
  // A toolchain copied without the image it came with no longer has its size counted anywhere.
  if (!baseImageCopied) {
    for (const entry of copied) {
      if (entry.item.includedIn !== null) {
        entry.item = {
          ...entry.item,
          bytes: null,
          includedIn: null,
          assumption: 'copied without its base image, whose figure held its size; it has no size of its own in the catalog',
        };
      }
    }
  }
  return copied;
}
