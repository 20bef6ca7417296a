/**
 * Support windows of base-image lines, as data, and a look-up that says whether an image reference names a
 * line that has reached its end of life on a given day. Plain data and pure functions: no clock, no I/O.
 */

/** One release line of one image family and the day its support ends. */
export interface SupportWindow {
  /** The image family: a Docker Hub repository (`node`) or a distroless group (`gcr.io/distroless/nodejs`). */
  image: string;
  /** The release line as tags spell it: `20`, `1.22`, `3.20`, `11`, `debian12`. */
  line: string;
  /** Other tag words for the same line: Debian and Ubuntu codenames, Node.js LTS codenames. */
  aliases?: readonly string[];
  /**
   * The day support ends, `YYYY-MM-DD`. `YYYY-MM` when the source names only the month; the line then counts
   * as ended once that month is over.
   */
  endOfLife: string;
  /** A supported line to move to, as an image reference. */
  moveTo: string;
  /** Where the date comes from. */
  source: string;
  /** When the source was read (the date of the snapshot). */
  checked: string;
}

/** What the look-up found: the line the reference names, and the fact that makes it end-of-life. */
export interface EndOfLife {
  reference: string;
  /** The line as found in the reference; older than the listed window's `line` when the table does not list it. */
  line: string;
  window: SupportWindow;
}

const nodeSource = 'nodejs/Release schedule.json ("end")';
const goSource = 'go.dev release history: each major release is supported until two newer ones are out (golang/website internal/history)';
const pythonSource = 'python/peps release_management/python-releases.toml ("end-of-life")';
const alpineSource = 'alpinelinux.org/releases, as listed in aquasecurity/trivy pkg/detector/ospkg/alpine/alpine.go';
const debianSource = 'Debian LTS announcements: Debian 10 support ended 2024-06-30, Debian 11 LTS until 2026-08-31, Debian 12 LTS until 2028-06-30';
const ubuntuSource = 'Canonical: Ubuntu 20.04 LTS standard support ended May 2025 (ESM only through Ubuntu Pro)';
const distrolessSource = 'GoogleContainerTools/distroless SUPPORT_POLICY.md';
const distroless11Source =
  'GoogleContainerTools/distroless SUPPORT_POLICY.md for Debian 11: Debian 12 release day (2023-06-10) + 1 year, + 3 months for language images';
const temurinSource = 'Adoptium short-term support end for feature releases, as quoted in the MacPorts openjdk23-temurin and openjdk24-temurin ports';

const node = (line: string, endOfLife: string, aliases?: readonly string[]): SupportWindow => ({
  image: 'node',
  line,
  aliases,
  endOfLife,
  moveTo: 'node:24',
  source: nodeSource,
  checked: '2026-07-02',
});
const golang = (line: string, endOfLife: string): SupportWindow => ({
  image: 'golang',
  line,
  endOfLife,
  moveTo: 'golang:1.27',
  source: goSource,
  checked: '2026-08-21',
});
const python = (line: string, endOfLife: string): SupportWindow => ({
  image: 'python',
  line,
  endOfLife,
  moveTo: 'python:3.14',
  source: pythonSource,
  checked: '2026-08-22',
});
const alpine = (line: string, endOfLife: string): SupportWindow => ({
  image: 'alpine',
  line,
  endOfLife,
  moveTo: 'alpine:3.24',
  source: alpineSource,
  checked: '2026-09-29',
});
const distroless = (group: string, debian: 11 | 12, endOfLife: string, moveTo: string): SupportWindow => ({
  image: `gcr.io/distroless/${group}`,
  line: `debian${debian}`,
  endOfLife,
  moveTo,
  source: debian === 11 ? distroless11Source : distrolessSource,
  checked: '2026-08-21',
});

/** The table. Lines still supported are listed too, with their future end; the look-up compares dates. */
export const supportWindows: readonly SupportWindow[] = [
  node('14', '2023-04-30', ['fermium']),
  node('15', '2021-06-01'),
  node('16', '2023-09-11', ['gallium']),
  node('17', '2022-06-01'),
  node('18', '2025-04-30', ['hydrogen']),
  node('19', '2023-06-01'),
  node('20', '2026-04-30', ['iron']),
  node('21', '2024-06-01'),
  node('22', '2027-04-30', ['jod']),
  node('23', '2025-06-01'),
  node('24', '2028-04-30', ['krypton']),
  node('25', '2026-06-01'),
  node('26', '2029-04-30'),
  golang('1.18', '2023-02-01'),
  golang('1.19', '2023-08-08'),
  golang('1.20', '2024-02-06'),
  golang('1.21', '2024-08-13'),
  golang('1.22', '2025-02-11'),
  golang('1.23', '2025-08-12'),
  golang('1.24', '2026-02-10'),
  golang('1.25', '2026-08-19'),
  python('3.7', '2023-06-27'),
  python('3.8', '2024-10-07'),
  python('3.9', '2025-10-31'),
  python('3.10', '2026-10-01'),
  python('3.11', '2027-10-01'),
  python('3.12', '2028-10-01'),
  python('3.13', '2029-10-01'),
  python('3.14', '2030-10-01'),
  alpine('3.16', '2024-05-23'),
  alpine('3.17', '2024-11-22'),
  alpine('3.18', '2025-05-09'),
  alpine('3.19', '2025-11-01'),
  alpine('3.20', '2026-04-01'),
  alpine('3.21', '2026-11-01'),
  alpine('3.22', '2027-05-01'),
  alpine('3.23', '2027-11-01'),
  {image: 'debian', line: '10', aliases: ['buster'], endOfLife: '2024-06-30', moveTo: 'debian:trixie', source: debianSource, checked: '2026-12-02'},
  {image: 'debian', line: '11', aliases: ['bullseye'], endOfLife: '2026-08-31', moveTo: 'debian:trixie', source: debianSource, checked: '2026-12-02'},
  {image: 'debian', line: '12', aliases: ['bookworm'], endOfLife: '2028-06-30', moveTo: 'debian:trixie', source: debianSource, checked: '2026-12-02'},
  {image: 'ubuntu', line: '20.04', aliases: ['focal'], endOfLife: '2025-05-31', moveTo: 'ubuntu:24.04', source: ubuntuSource, checked: '2026-12-02'},
  distroless('static', 11, '2024-06-10', 'gcr.io/distroless/static-debian13'),
  distroless('base', 11, '2024-06-10', 'gcr.io/distroless/base-debian13'),
  distroless('base-nossl', 11, '2024-06-10', 'gcr.io/distroless/base-nossl-debian13'),
  distroless('cc', 11, '2024-06-10', 'gcr.io/distroless/cc-debian13'),
  distroless('java', 11, '2023-09-10', 'gcr.io/distroless/java21-debian13'),
  distroless('nodejs', 11, '2023-09-10', 'gcr.io/distroless/nodejs24-debian13'),
  distroless('python3', 11, '2023-09-10', 'gcr.io/distroless/python3-debian13'),
  distroless('static', 12, '2026-09', 'gcr.io/distroless/static-debian13'),
  distroless('base', 12, '2026-09', 'gcr.io/distroless/base-debian13'),
  distroless('base-nossl', 12, '2026-09', 'gcr.io/distroless/base-nossl-debian13'),
  distroless('cc', 12, '2026-09', 'gcr.io/distroless/cc-debian13'),
  distroless('java', 12, '2026-01', 'gcr.io/distroless/java21-debian13'),
  distroless('nodejs', 12, '2026-01', 'gcr.io/distroless/nodejs24-debian13'),
  distroless('python3', 12, '2026-04', 'gcr.io/distroless/python3-debian13'),
  {image: 'eclipse-temurin', line: '23', endOfLife: '2025-03', moveTo: 'eclipse-temurin:25', source: temurinSource, checked: '2026-12-02'},
  {image: 'eclipse-temurin', line: '24', endOfLife: '2025-09', moveTo: 'eclipse-temurin:25', source: temurinSource, checked: '2026-12-02'},
];

/**
 * Families whose lines end in release order, so a numbered line older than every listed one had ended by the
 * time the oldest listed line did. Eclipse Temurin is not among them: its older LTS lines outlive newer ones.
 */
const endsInReleaseOrder: ReadonlySet<string> = new Set(['node', 'golang', 'python', 'alpine', 'debian', 'ubuntu']);

interface ParsedReference {
  /** `node`, `gcr.io/distroless/static-debian12`: Docker Hub's `docker.io/library/` prefix removed. */
  repository: string;
  tag: string | null;
}

function parseReference(reference: string): ParsedReference {
  const withoutDigest = reference.split('@')[0]!.trim().toLowerCase();
  const lastSlash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.lastIndexOf(':');
  const hasTag = colon > lastSlash;
  const name = hasTag ? withoutDigest.slice(0, colon) : withoutDigest;
  const repository = name.replace(/^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '').replace(/^library\//, '');
  return {repository, tag: hasTag ? withoutDigest.slice(colon + 1) : null};
}

/** Whether a version word (`20.11.1`, `3.20`) belongs to a line (`20`, `3.20`). */
function inLine(version: string, line: string): boolean {
  return version === line || version.startsWith(`${line}.`);
}

/** Numeric comparison of dotted versions: negative when `a` is older. */
function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The first day on which the line no longer counts as supported. */
function endDate(endOfLife: string): Date {
  if (/^\d{4}-\d{2}$/.test(endOfLife)) {
    const [year, month] = endOfLife.split('-').map(Number);
    return new Date(Date.UTC(year!, month!, 1));
  }
  return new Date(`${endOfLife}T00:00:00Z`);
}

/** Each window's end as a time, and the windows of each family in table order: read once, not on every look-up. */
const endTimes = new Map(supportWindows.map((w) => [w, endDate(w.endOfLife).getTime()]));
const windowsByImage = new Map<string, SupportWindow[]>();
for (const w of supportWindows) {
  const family = windowsByImage.get(w.image);
  if (family) family.push(w);
  else windowsByImage.set(w.image, [w]);
}

function ended(support: SupportWindow, on: Date): boolean {
  return on.getTime() >= endTimes.get(support)!;
}

const numbered = /^\d+(?:\.\d+)*$/;

/**
 * The window a family's version word falls in: its listed line, or, for a numbered line older than every
 * listed one (and spelled as precisely: `golang:1` means the newest 1.x, not an old line), the oldest one.
 */
function windowFor(image: string, word: string): {line: string; window: SupportWindow} | null {
  const lines = windowsByImage.get(image) ?? [];
  const listed = lines.find((w) => inLine(word, w.line) || (w.aliases ?? []).includes(word));
  if (listed) return {line: listed.line, window: listed};
  if (!endsInReleaseOrder.has(image) || !numbered.test(word)) return null;
  const oldest = lines.filter((w) => numbered.test(w.line)).sort((a, b) => compareVersions(a.line, b.line))[0];
  if (!oldest || word.split('.').length < oldest.line.split('.').length) return null;
  return compareVersions(word, oldest.line) < 0 ? {line: word, window: oldest} : null;
}

/** The distroless group a repository name belongs to (`nodejs24-debian12` → nodejs, debian12, Node.js 24). */
function distrolessCandidates(repository: string): Array<{image: string; word: string}> {
  const match = /^gcr\.io\/distroless\/(.+)-(debian\d+)$/.exec(repository);
  if (!match) return [];
  const name = match[1]!;
  const nodeVersion = /^nodejs(\d+)$/.exec(name)?.[1];
  const group = name.startsWith('java') ? 'java' : nodeVersion ? 'nodejs' : name;
  const found = [{image: `gcr.io/distroless/${group}`, word: match[2]!}];
  if (nodeVersion) found.push({image: 'node', word: nodeVersion});
  return found;
}

/**
 * Candidate (family, version word) pairs a reference names: its own line, then the words after the first in its
 * tag, which name a codename of the image's own line (`node:lts-iron`) or its distribution (`alpine3.20`, a
 * Debian or Ubuntu codename such as `bullseye`).
 */
function candidates({repository, tag}: ParsedReference): Array<{image: string; word: string}> {
  const found = distrolessCandidates(repository);
  const words = tag === null ? [] : tag.split('-');
  if (words.length > 0 && !repository.includes('/')) found.push({image: repository, word: words[0]!});
  for (const word of words.slice(1)) {
    const alpineVersion = /^alpine(\d+\.\d+)$/.exec(word)?.[1];
    if (alpineVersion) found.push({image: 'alpine', word: alpineVersion});
    else if (/^[a-z]+$/.test(word)) found.push({image: repository, word}, {image: 'debian', word}, {image: 'ubuntu', word});
  }
  return found;
}

const namedWindows = new Map<string, readonly {line: string; window: SupportWindow}[]>();

/** The windows a reference's candidates fall in, in candidate order: the table's answer, which no day changes, read once per reference. */
function windowsNamedBy(imageRef: string): readonly {line: string; window: SupportWindow}[] {
  let found = namedWindows.get(imageRef);
  if (found === undefined) {
    found = candidates(parseReference(imageRef)).flatMap(({image, word}) => windowFor(image, word) ?? []);
    if (namedWindows.size >= 256) namedWindows.clear();
    namedWindows.set(imageRef, found);
  }
  return found;
}

/**
 * Whether `imageRef` names a release line that has reached its end of life on the day `on`: the image's own
 * line (`node:20-slim`, `golang:1.22`, `gcr.io/distroless/static-debian12`), or a distribution its tag names
 * (`node:24-alpine3.20`, `python:3.14-slim-bullseye`). Null when it does not, or when the table cannot tell
 * (no tag, `latest`, an image it does not list).
 */
export function supportStatus(imageRef: string, on: Date): EndOfLife | null {
  for (const match of windowsNamedBy(imageRef)) {
    if (ended(match.window, on)) return {reference: imageRef, line: match.line, window: match.window};
  }
  return null;
}
