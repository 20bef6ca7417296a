/**
 * Finds what the base-image catalog knows about an image reference: its size (or null), libc, package
 * manager, shell, toolchains, default user and entrypoint, and how the match was made. Never throws and
 * never guesses a size: an image the catalog cannot place has `bytes: null`.
 */

import {dockerHub, parseImageReference, type ImageReference} from '../model/parseImageReference';
import {
  baseImageCatalog,
  baseImageFamilies,
  catalogDate,
  type BaseImageEntry,
  type ByteRange,
  type CommonTraits,
  type FigureKind,
  type Flavour,
  type ImageUser,
  type Libc,
  type PackageManager,
  type RepositoryFamily,
  type SizeFigure,
  type TagFamily,
  type Toolchain,
  tagTraitRules,
} from './baseImageCatalog';

export {catalogAssumption, catalogDate} from './baseImageCatalog';

/**
 * How the reference was found. `exact`: a catalog entry lists this image and tag. `family`: the image
 * belongs to a catalog family but the tag (or registry) is not one the catalog lists, or the variant is
 * unclear; `note` says which. `unknown`: not in the catalog; `bytes` is null.
 */
export type BaseImageMatch = 'exact' | 'family' | 'unknown';

export interface BaseImageInfo {
  /** The reference as given. */
  ref: string;
  /** The parsed reference, or null when it does not parse. */
  reference: ImageReference | null;
  match: BaseImageMatch;
  /** The catalog entry used (`node/alpine`), or null. */
  entryId: string | null;
  family: string | null;
  variant: string | null;
  /** For people: the reference as written and what it is, e.g. `node:20-slim (Debian slim, Node.js runtime)`. */
  label: string;
  /** Uncompressed linux/amd64 size in decimal bytes; null when the catalog has no honest figure. */
  bytes: number | null;
  /** The range the figure lies in, where the source gives one. */
  range: ByteRange | null;
  sizeKind: FigureKind;
  /** The image and tag the figure was read or estimated for (it may differ from `ref`). */
  sizeReadFor: string | null;
  compressed: SizeFigure | null;
  /** Where the figure comes from, and when. */
  source: string | null;
  sourceDate: string | null;
  /** Identifies the catalog figure used: two infos with the same id carry the same figure. */
  figureId: string | null;
  distro: string | null;
  /** Null fields are unknown. */
  libc: Libc | null;
  compiler: boolean | null;
  packageManager: PackageManager | null;
  shell: boolean | null;
  shellPath: string | null;
  toolchains: readonly Toolchain[] | null;
  /** Null when unknown (an unknown base is not credited with a non-root user). */
  defaultUser: ImageUser | null;
  otherUsers: readonly ImageUser[];
  /** The image's ENTRYPOINT, where the catalog knows one; null otherwise. */
  entrypoint: readonly string[] | null;
  /** The WORKDIR a stage built on the image starts in (`/` where the catalog knows none). */
  workdir: string;
  /** ENV values the image sets that change what commands do (GOPATH, CARGO_HOME, PATH). */
  env: Readonly<Record<string, string>>;
  notes: readonly string[];
  /** The notes as one sentence-list, or null when there are none. */
  note: string | null;
}

export type BaseImageSizeComparison = 'smaller' | 'same' | 'larger' | 'unknown';

// ---------------------------------------------------------------------------------------------
// Compiled rules.

const entriesById = new Map<string, BaseImageEntry>(baseImageCatalog.map((entry) => [entry.id, entry]));

interface CompiledTagEntry {
  entry: BaseImageEntry;
  exact: RegExp;
  family: RegExp;
}

function alternation(parts: readonly string[]): string {
  return parts.map((part) => `(?:${part})`).join('|');
}

/** `^(?:<version>[-<suffix>]|<bare>)$`, the version alone allowed when the suffixes include `''`. */
function tagPattern(version: string, suffixes: readonly string[], bare: readonly string[]): RegExp {
  const nonEmpty = suffixes.filter((suffix) => suffix !== '');
  const versionAlone = suffixes.includes('');
  const alternatives: string[] = [];
  if (nonEmpty.length > 0) {
    const suffix = `-(?:${alternation(nonEmpty)})`;
    alternatives.push(`(?:${version})${versionAlone ? `(?:${suffix})?` : suffix}`);
  } else if (versionAlone) {
    alternatives.push(`(?:${version})`);
  }
  alternatives.push(...bare.map((tag) => `(?:${tag})`));
  return alternatives.length === 0 ? /(?!)/ : new RegExp(`^(?:${alternatives.join('|')})$`);
}

const compiledTagEntries = new Map<string, CompiledTagEntry[]>(
  baseImageFamilies
    .filter((family): family is TagFamily => family.kind === 'tag')
    .map((family) => [
      family.family,
      baseImageCatalog
        .filter((entry) => entry.family === family.family && entry.tags !== undefined)
        .map((entry) => {
          const tags = entry.tags!;
          return {
            entry,
            exact: tagPattern(family.versionLines, tags.suffixes, tags.bare),
            family: tagPattern(family.versionShape, [...tags.suffixes, ...tags.loose], tags.bare),
          };
        }),
    ]),
);

// ---------------------------------------------------------------------------------------------
// Traits a tag suffix reveals on its own (`-alpine`, `-slim`, a Debian codename).

interface TagTraits {
  variant: string;
  description: string;
  traits: CommonTraits & {distro?: string};
}

const compiledTagTraits = tagTraitRules.map((rule) => ({rule, pattern: new RegExp(`(?:^|[-_.])(?:${rule.pattern})(?=$|[-_.\\d])`)}));

/** What the catalog's tag-suffix rules say about a tag (the first rule that matches), or null. */
function traitsFromTag(tag: string | null): TagTraits | null {
  if (tag === null) return null;
  for (const {rule, pattern} of compiledTagTraits) {
    const match = pattern.exec(tag);
    if (match === null) continue;
    const group = match.slice(1).find((part) => part !== undefined) ?? '';
    const fill = (text: string) => text.replaceAll('{1}', group);
    const traits = rule.distro === undefined ? rule.traits : {...rule.traits, distro: fill(rule.distro)};
    return {variant: fill(rule.variant), description: fill(rule.description), traits};
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Building results.

function shortDigest(digest: string): string {
  const colon = digest.indexOf(':');
  return `${digest.slice(0, colon + 1)}${digest.slice(colon + 1, colon + 13)}…`;
}

function displayRef(reference: ImageReference): string {
  const at = reference.raw.indexOf('@');
  if (at === -1 || reference.digest === null) return reference.raw;
  return `${reference.raw.slice(0, at)}@${shortDigest(reference.digest)}`;
}

function finish(info: Omit<BaseImageInfo, 'note'>): BaseImageInfo {
  return {...info, note: info.notes.length > 0 ? info.notes.join('; ') : null};
}

interface EntryOptions {
  match: BaseImageMatch;
  notes: string[];
  flavour?: Flavour | 'unknown';
}

function fromEntry(ref: string, reference: ImageReference, entry: BaseImageEntry, options: EntryOptions): BaseImageInfo {
  const {size} = entry;
  const flavour = options.flavour;
  const debug = flavour !== undefined && flavour !== 'unknown' && flavour.addsToSize;
  const notes = [...options.notes];
  if (flavour !== undefined && flavour !== 'unknown' && flavour.note !== null) notes.push(flavour.note);
  const shellPath = flavour === undefined ? entry.shellPath : flavour === 'unknown' ? null : flavour.shellPath;
  const defaultUser = flavour === undefined ? entry.defaultUser : flavour === 'unknown' ? null : flavour.defaultUser;
  const uncompressed = size.uncompressed;
  return finish({
    ref,
    reference,
    match: options.match,
    entryId: entry.id,
    family: entry.family,
    variant: entry.variant,
    label: `${displayRef(reference)} (${entry.description})`,
    bytes: uncompressed.bytes,
    range: uncompressed.range,
    sizeKind: debug && uncompressed.kind === 'reading' ? 'estimate' : uncompressed.kind,
    sizeReadFor: uncompressed.readFor,
    compressed: size.compressed,
    source: size.source,
    sourceDate: size.date,
    figureId: uncompressed.bytes === null ? null : debug ? `${entry.id}:debug` : entry.id,
    distro: entry.distro,
    libc: entry.libc,
    compiler: entry.compiler,
    packageManager: entry.packageManager,
    // A flavour of unknown shell (a digest-only distroless reference) leaves the shell unknown.
    shell: flavour === 'unknown' ? null : shellPath !== null,
    shellPath,
    toolchains: entry.toolchains,
    defaultUser,
    otherUsers: entry.otherUsers,
    entrypoint: entry.entrypoint,
    workdir: entry.workdir ?? familyCommon(entry.family).workdir ?? '/',
    env: entry.env ?? familyCommon(entry.family).env ?? {},
    notes,
  });
}

interface TraitsOptions {
  match: BaseImageMatch;
  family: string | null;
  common: CommonTraits;
  tagTraits: TagTraits | null;
  what: string;
  notes: string[];
}

/** A result without a catalog figure: traits from the family and the tag, `bytes: null`. */
function fromTraits(ref: string, reference: ImageReference | null, options: TraitsOptions): BaseImageInfo {
  const traits = {...options.common, ...options.tagTraits?.traits};
  const label = reference === null ? ref : displayRef(reference);
  const what = options.tagTraits === null ? options.what : `${options.what}, ${options.tagTraits.description}`;
  const shellPath = traits.shellPath ?? null;
  return finish({
    ref,
    reference,
    match: options.match,
    entryId: null,
    family: options.family,
    variant: options.tagTraits?.variant ?? null,
    label: `${label} (${what})`,
    bytes: null,
    range: null,
    sizeKind: 'unknown',
    sizeReadFor: null,
    compressed: null,
    source: null,
    sourceDate: null,
    figureId: null,
    distro: traits.distro ?? null,
    libc: traits.libc ?? null,
    compiler: traits.compiler ?? null,
    packageManager: traits.packageManager ?? null,
    shell: traits.shellPath === undefined ? null : traits.shellPath !== null,
    shellPath,
    toolchains: traits.toolchains ?? null,
    defaultUser: traits.defaultUser ?? null,
    otherUsers: traits.otherUsers ?? [],
    entrypoint: traits.entrypoint ?? null,
    workdir: traits.workdir ?? '/',
    env: traits.env ?? {},
    notes: options.notes,
  });
}

const commonByFamily = new Map<string, CommonTraits>(baseImageFamilies.map((family) => [family.family, family.common]));

function familyCommon(family: string): CommonTraits {
  return commonByFamily.get(family) ?? {};
}

function entry(id: string): BaseImageEntry {
  const found = entriesById.get(id);
  if (found === undefined) throw new Error(`base-image catalog: no entry ${id}`);
  return found;
}

// ---------------------------------------------------------------------------------------------
// Families.

interface FamilyHit<F> {
  spec: F;
  /** The reference's repository is a copy of the family's (another registry): at best a family match. */
  mirror: boolean;
  /** For repository families: the image name after the family's prefix. */
  name: string;
}

function findTagFamily(reference: ImageReference): FamilyHit<TagFamily> | null {
  const {registry, path} = reference;
  for (const spec of baseImageFamilies) {
    if (spec.kind !== 'tag') continue;
    if (spec.pathPattern !== undefined) {
      if (registry === dockerHub && new RegExp(`^(?:${spec.pathPattern})$`).test(path)) return {spec, mirror: false, name: path};
      continue;
    }
    const hubPath = spec.path ?? `library/${spec.name}`;
    if (registry === dockerHub && path === hubPath) return {spec, mirror: false, name: spec.name};
    // A copy on another registry: `host/node`, `host/library/node`, `host/any/path/library/node`; `nvcr.io/nvidia/cuda`.
    const copy =
      spec.path === undefined ? path === spec.name || path === hubPath || path.endsWith(`/${hubPath}`) : path === hubPath || path.endsWith(`/${hubPath}`);
    if (registry !== dockerHub && copy) return {spec, mirror: true, name: spec.name};
  }
  return null;
}

function findRepositoryFamily(reference: ImageReference): FamilyHit<RepositoryFamily> | null {
  const {registry, path} = reference;
  for (const spec of baseImageFamilies) {
    if (spec.kind !== 'repository') continue;
    if (registry === spec.registry && path.startsWith(spec.pathPrefix)) {
      const name = path.slice(spec.pathPrefix.length);
      if (!name.includes('/')) return {spec, mirror: false, name};
    }
    // A copy on another registry (not Docker Hub, where the namespace belongs to someone else).
    if (registry !== spec.registry && registry !== dockerHub) {
      const segments = path.split('/');
      const name = segments.at(-1) ?? '';
      if (segments.length >= 2 && `${segments.at(-2)}/` === spec.pathPrefix) return {spec, mirror: true, name};
    }
  }
  return null;
}

function mirrorNote(reference: ImageReference, original: string): string {
  return `${reference.registry}/${reference.path} is not the official repository; taken as a copy of ${original}`;
}

function lookupTagFamily(ref: string, reference: ImageReference, hit: FamilyHit<TagFamily>): BaseImageInfo {
  const {spec} = hit;
  const notes: string[] = [];
  if (hit.mirror) notes.push(mirrorNote(reference, spec.name));
  const atBest = (match: BaseImageMatch): BaseImageMatch => (hit.mirror && match === 'exact' ? 'family' : match);
  const {tag, digest} = reference;

  if (tag === null || tag === 'latest') {
    const latest = entry(spec.latest.entry);
    if (tag === null && digest !== null) {
      notes.push('pinned by digest only, so the tag and variant are unknown; ' + `the figure is for ${spec.name}'s default variant, ${latest.label}`);
      return fromEntry(ref, reference, latest, {match: 'family', notes});
    }
    if (spec.latest.means === null) {
      notes.push(`what ${spec.name}:latest points to was not read; taken as ${latest.label}`);
      return fromEntry(ref, reference, latest, {match: 'family', notes});
    }
    notes.push(`${spec.latest.means} (catalog dated ${catalogDate})`);
    if (digest !== null) notes.push("pinned by digest; the figure is the catalog's for the tag");
    return fromEntry(ref, reference, latest, {match: atBest('exact'), notes});
  }

  if (digest !== null) notes.push("pinned by digest; the figure is the catalog's for the tag");
  const candidates = compiledTagEntries.get(spec.family) ?? [];
  const exact = candidates.find((candidate) => candidate.exact.test(tag));
  if (exact) return fromEntry(ref, reference, exact.entry, {match: atBest('exact'), notes});
  const family = candidates.find((candidate) => candidate.family.test(tag));
  if (family) {
    notes.push(`the tag ${tag} is not one the catalog lists; taken as ${family.entry.label}`);
    return fromEntry(ref, reference, family.entry, {match: 'family', notes});
  }
  const tagTraits = traitsFromTag(tag);
  notes.push(`a ${spec.name} image, but the catalog has no figure for the tag ${tag}`);
  return fromTraits(ref, reference, {
    match: 'family',
    family: spec.family,
    common: spec.common,
    tagTraits,
    what: `${spec.title}, size unknown`,
    notes,
  });
}

function findFlavour(spec: RepositoryFamily, tag: string | null): {flavour: Flavour | null; platform: string | null} {
  const wanted = tag ?? 'latest';
  const platform = new RegExp(`(?:${spec.platformSuffix})$`).exec(wanted);
  const base = platform ? wanted.slice(0, platform.index) : wanted;
  const flavour = spec.flavours.find((candidate) => new RegExp(`^(?:${candidate.tag})$`).test(base)) ?? null;
  return {flavour, platform: platform ? platform[0].slice(1) : null};
}

function lookupRepositoryFamily(ref: string, reference: ImageReference, hit: FamilyHit<RepositoryFamily>): BaseImageInfo {
  const {spec, name} = hit;
  const notes: string[] = [];
  const official = `${spec.registry}/${spec.pathPrefix}${name}`;
  if (hit.mirror) notes.push(mirrorNote(reference, official));
  const candidates = baseImageCatalog.filter((candidate) => candidate.family === spec.family && candidate.repositories);
  const exact = candidates.find((candidate) => candidate.repositories!.exact.includes(name));
  const loose = exact ?? candidates.find((candidate) => candidate.repositories!.loose.some((pattern) => new RegExp(`^(?:${pattern})$`).test(name)));
  if (loose === undefined) {
    notes.push(`a ${spec.family} image, but the catalog has no figure for ${official}`);
    const {flavour} = findFlavour(spec, reference.digest !== null && reference.tag === null ? '' : reference.tag);
    const flavourTraits: CommonTraits = {};
    if (flavour !== null) flavourTraits.shellPath = flavour.shellPath;
    if (flavour?.defaultUser) flavourTraits.defaultUser = flavour.defaultUser;
    return fromTraits(ref, reference, {
      match: 'family',
      family: spec.family,
      common: {...spec.common, ...flavourTraits},
      tagTraits: null,
      what: `${spec.title}, size unknown`,
      notes,
    });
  }
  let match: BaseImageMatch = exact !== undefined && !hit.mirror ? 'exact' : 'family';
  if (exact === undefined) notes.push(`${official} is not one the catalog lists; taken as ${loose.label}`);

  const {tag, digest} = reference;
  if (tag === null && digest !== null) {
    notes.push('pinned by digest only, so the tag (latest, nonroot, debug) and with it the user and shell are unknown');
    return fromEntry(ref, reference, loose, {match: 'family', notes, flavour: 'unknown'});
  }
  if (digest !== null) notes.push("pinned by digest; the figure is the catalog's for the tag");
  const {flavour, platform} = findFlavour(spec, tag);
  if (platform !== null && platform !== 'amd64') notes.push(`the tag names ${platform}; the catalog's figure is for amd64`);
  if (flavour === null) {
    const known = spec.flavours.map((candidate) => candidate.tag).join(', ');
    notes.push(`the tag ${tag ?? ''} is not one of ${known}; its user and shell are unknown`);
    return fromEntry(ref, reference, loose, {match: 'family', notes, flavour: 'unknown'});
  }
  if (match === 'exact' && platform !== null && platform !== 'amd64') match = 'family';
  return fromEntry(ref, reference, loose, {match, notes, flavour});
}

// ---------------------------------------------------------------------------------------------
// The look-up.

const remembered = new Map<string, BaseImageInfo>();

/**
 * What the catalog knows about an image reference. Remembered: the editor re-analyses on every keystroke with
 * the same few images. Never throws: the catalog's own test validates every pattern. The result is shared.
 */
export function lookupBaseImage(ref: string): BaseImageInfo {
  let info = remembered.get(ref);
  if (info === undefined) {
    info = lookup(ref);
    if (remembered.size >= 256) remembered.clear();
    remembered.set(ref, info);
  }
  return info;
}

/** An image the catalog cannot place: no size, no traits, and notes that say why. */
function unknownImage(ref: string, notes: string[]): BaseImageInfo {
  return fromTraits(ref, null, {match: 'unknown', family: null, common: {}, tagTraits: null, what: 'not in the catalog', notes});
}

function lookup(ref: string): BaseImageInfo {
  const parsed = parseImageReference(ref);
  // BuildKit treats only the name exactly as written, `scratch`, as the empty image.
  const scratch = baseImageFamilies.find((family) => family.kind === 'scratch');
  if (parsed.ok && scratch !== undefined && ref === scratch.name) {
    return fromEntry(ref, parsed.reference, entry(scratch.entry), {match: 'exact', notes: []});
  }

  if (!parsed.ok) {
    const notes = [`not a valid image reference: ${parsed.reason}`];
    if (ref.includes('$')) notes.push('it still holds a variable that was not substituted');
    return unknownImage(ref, notes);
  }
  const reference = parsed.reference;

  if (reference.registry === dockerHub && reference.path === 'library/scratch') {
    return fromTraits(ref, reference, {
      match: 'unknown',
      family: null,
      common: {},
      tagTraits: null,
      what: 'not in the catalog',
      notes: [
        'only the bare name `scratch` is the empty image; with a tag, digest or registry BuildKit tries ' + 'to pull it, and Docker Hub has no such image',
      ],
    });
  }

  const tagHit = findTagFamily(reference);
  if (tagHit) return lookupTagFamily(ref, reference, tagHit);
  const repositoryHit = findRepositoryFamily(reference);
  if (repositoryHit) return lookupRepositoryFamily(ref, reference, repositoryHit);

  const tagTraits = traitsFromTag(reference.tag);
  return fromTraits(ref, reference, {
    match: 'unknown',
    family: null,
    common: {},
    tagTraits,
    what: 'not in the catalog',
    notes: [`${reference.familiarName} is not in the base-image catalog, so its size is unknown`],
  });
}

// ---------------------------------------------------------------------------------------------
// Comparison.

function interval(info: BaseImageInfo): ByteRange | null {
  if (info.bytes === null) return null;
  return info.range ?? {min: info.bytes, max: info.bytes};
}

const firm = (info: BaseImageInfo): boolean => (info.sizeKind === 'reading' || info.sizeKind === 'definition') && info.range === null;

/**
 * Compares the catalog's sizes of two base images: `smaller` when `a` is strictly smaller than `b`
 * whichever way the ranges fall, `same` when both carry the same catalog figure (or equal readings),
 * `unknown` when either size is unknown or the ranges overlap.
 */
export function compareBaseImageSize(a: BaseImageInfo | string, b: BaseImageInfo | string): BaseImageSizeComparison {
  const left = typeof a === 'string' ? lookupBaseImage(a) : a;
  const right = typeof b === 'string' ? lookupBaseImage(b) : b;
  const l = interval(left);
  const r = interval(right);
  if (l === null || r === null) return 'unknown';
  if (l.max < r.min) return 'smaller';
  if (l.min > r.max) return 'larger';
  if (left.figureId !== null && left.figureId === right.figureId) return 'same';
  if (firm(left) && firm(right) && left.bytes === right.bytes) return 'same';
  return 'unknown';
}
