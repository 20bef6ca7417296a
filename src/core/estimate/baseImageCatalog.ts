/**
 * The base-image catalog: what common base images weigh and carry, with where each figure comes from.
 * Content is data. Figures are uncompressed linux/amd64 sizes in decimal bytes (1 MB = 1,000,000),
 * seeded from design/base-image-sizes.md. A figure is a `reading` (read from published metadata),
 * an `estimate` (derived or approximate; a range where one is known, its midpoint as the point figure),
 * a `definition` (scratch is empty by definition) or `unknown` (bytes null: nothing honest to say).
 *
 * Tag rules are regular-expression sources; `lookupBaseImage` compiles and applies them.
 *
 * How to add an image: add (or extend) its family in `baseImageFamilies` (how a reference selects an entry),
 * then an entry in `entries` with its size figures (`reading` with the image and tag it was read for, or an
 * `estimate` range, or `unknown`), their source and date, and its traits: distro, libc, package manager,
 * shell, toolchains, default and other users, ENTRYPOINT, WORKDIR and the ENV that changes what commands do.
 * `baseImageCatalog.test.ts` checks that every pattern compiles, every figure has a source and a date, and
 * every entry is found by its own reference.
 */

/** The month the catalog's figures describe (the latest snapshot it was seeded from). */
export const catalogDate = '2026-09';

/** One line for the UI and the `estimate.assumptions` list. */
export const catalogAssumption =
  `sizes are uncompressed linux/amd64 figures from the base-image catalog dated ${catalogDate} ` +
  '(public image metadata read Jun–Sep 2026); figures marked ≈ are estimates, and unknown images have no size';

export type Libc = 'glibc' | 'musl' | 'uclibc' | 'none';
export type PackageManager = 'apt' | 'apk' | 'none';
export type Toolchain = 'node+npm' | 'node' | 'go' | 'gcc' | 'python+pip' | 'rust+cargo' | 'jdk' | 'jre' | 'maven' | 'gradle' | 'ruby+gems' | 'php' | 'cuda';

export interface ByteRange {
  min: number;
  max: number;
}

export type FigureKind = 'reading' | 'estimate' | 'definition' | 'unknown';

export interface SizeFigure {
  /** Decimal bytes; for an estimate given as a range, the range's midpoint. Null when nothing is known. */
  bytes: number | null;
  range: ByteRange | null;
  kind: FigureKind;
  /** The image and tag the figure was read (or estimated) for, e.g. `node:24-trixie`. */
  readFor: string | null;
}

export interface EntrySize {
  /** Uncompressed linux/amd64 size: the figure the analysis uses. */
  uncompressed: SizeFigure;
  /** Compressed transfer size (what a pull downloads), for reference. */
  compressed: SizeFigure | null;
  /** Where the figures come from. */
  source: string;
  /** When the source was read or dated. */
  date: string;
  note: string | null;
}

export interface ImageUser {
  name: string;
  uid: number;
}

export interface ImageTraits {
  /** The OS the image is built from, for people: `Debian 13 (trixie)`, `Alpine`, `none`. */
  distro: string;
  libc: Libc;
  /** Carries a compiler of any language (gcc, go, rustc, javac). */
  compiler: boolean;
  packageManager: PackageManager;
  /** Path of a POSIX shell, or null when the image has none. */
  shellPath: string | null;
  toolchains: readonly Toolchain[];
  defaultUser: ImageUser;
  /** Other accounts the image defines (not the default): `node` (uid 1000) in the node images. */
  otherUsers: readonly ImageUser[];
  /** The image's ENTRYPOINT where it matters to a Dockerfile that builds on it; null when none is set. */
  entrypoint: readonly string[] | null;
  /** The WORKDIR the image sets (absent: `/`); a stage built on it starts there. */
  workdir?: string;
  /** ENV values the image sets that change what a Dockerfile's commands do (GOPATH, CARGO_HOME, PATH). */
  env?: Readonly<Record<string, string>>;
}

/** How a tag selects an entry of a tag-selected family. */
export interface TagRule {
  /**
   * What may follow `<version>-`, as regular-expression sources; `''` stands for the bare version
   * (`node:20`). A version from the family's `versionLines` makes the match exact; any other version
   * of the family's `versionShape` makes it a family match.
   */
  suffixes: readonly string[];
  /** Suffixes that are whole tags on their own (`node:alpine`, `debian:bookworm-slim` is not one). */
  bare: readonly string[];
  /** Further suffixes taken as this variant, but only at family level (`node:20-bullseye`). */
  loose: readonly string[];
}

/** How a repository name selects an entry of a repository-selected family (distroless). */
export interface RepositoryRule {
  /** Repository names (after the family's path prefix) listed in the catalog: exact matches. */
  exact: readonly string[];
  /** Regular-expression sources for sibling repositories taken as this entry at family level. */
  loose: readonly string[];
}

export interface BaseImageEntry extends ImageTraits {
  /** `family/variant`. */
  id: string;
  family: string;
  variant: string;
  /** A reference that names this entry exactly, for messages and examples: `node:24-slim`. */
  ref: string;
  /** What the image is, for people: `Debian slim, Node.js runtime`. */
  description: string;
  /** `ref (description)`: `node:24-slim (Debian slim, Node.js runtime)`. */
  label: string;
  size: EntrySize;
  tags?: TagRule;
  repositories?: RepositoryRule;
  notes: readonly string[];
}

/** The parts of an image every variant of a family shares (used when a tag's variant is unclear). */
export type CommonTraits = Partial<Omit<ImageTraits, 'distro'>>;

interface FamilyBase {
  family: string;
  /** For people: `Node.js (Docker official image)`. */
  title: string;
  common: CommonTraits;
}

/** A Docker Hub official image whose tag selects the variant. */
export interface TagFamily extends FamilyBase {
  kind: 'tag';
  /** The image's name: an official image's (Docker Hub `library/<name>`), or a short name for the others. */
  name: string;
  /** The Docker Hub path when it is not `library/<name>`: `nvidia/cuda`, `tonistiigi/xx`. */
  path?: string;
  /** A regular-expression source for Docker Hub paths that all belong to this family (`<owner>/<name>-bin`). */
  pathPattern?: string;
  /** Versions the catalog lists (regex source): exact matches. */
  versionLines: string;
  /** Any version this family uses (regex source): family matches. */
  versionShape: string;
  /** The entry an untagged or `:latest` reference means, and what that is today (null: not read). */
  latest: {entry: string; means: string | null};
}

/** Images whose repository selects the variant and whose tag selects a flavour (distroless). */
export interface RepositoryFamily extends FamilyBase {
  kind: 'repository';
  registry: string;
  /** Path prefix inside the registry, with its trailing slash: `distroless/`. */
  pathPrefix: string;
  /** Tags (regex sources) and what they change. */
  flavours: readonly Flavour[];
  /** Optional tag suffix naming a platform (regex source); the catalog's figures are linux/amd64. */
  platformSuffix: string;
}

export interface Flavour {
  tag: string;
  defaultUser: ImageUser | null;
  shellPath: string | null;
  /** Whether the flavour adds to the size the catalog gives (busybox in `:debug`). */
  addsToSize: boolean;
  note: string | null;
}

/** `FROM scratch`: BuildKit's empty filesystem, reserved and never pulled. */
export interface ScratchFamily extends FamilyBase {
  kind: 'scratch';
  name: 'scratch';
  entry: string;
}

export type FamilySpec = TagFamily | RepositoryFamily | ScratchFamily;

// ---------------------------------------------------------------------------------------------
// Building blocks for the table.

const MB = 1_000_000;
const mb = (megabytes: number): number => Math.round(megabytes * MB);

function reading(megabytes: number, readFor: string): SizeFigure {
  return {bytes: mb(megabytes), range: null, kind: 'reading', readFor};
}

/** An estimate given as a range; the point figure is its midpoint. */
function estimate(minMegabytes: number, maxMegabytes: number, readFor: string): SizeFigure {
  return {
    bytes: mb((minMegabytes + maxMegabytes) / 2),
    range: {min: mb(minMegabytes), max: mb(maxMegabytes)},
    kind: 'estimate',
    readFor,
  };
}

/** An estimate given as a single approximate figure (`≈ 1.1 GB`), with no range. */
function approximately(megabytes: number, readFor: string): SizeFigure {
  return {bytes: mb(megabytes), range: null, kind: 'estimate', readFor};
}

const unknownFigure: SizeFigure = {bytes: null, range: null, kind: 'unknown', readFor: null};

const repoInfo = 'docker-library/repo-info';
const repoInfoDate = 'Jun–Sep 2026';
const estimatedFromCompressed = `${repoInfo} remote/<tag>.md (compressed); uncompressed figure estimated from it (base-image-sizes.md)`;
const comparisonPage = 'third-party page "Base Image Comparison Reference"';
/** Readings taken for this catalog from the stored copy of docker-library/repo-info (snapshots dated by their build). */
const repoInfoStored = `${repoInfo} (stored snapshot, read 2026-12-02)`;
/** Why an uncompressed figure is estimated from a compressed reading, and with what ratio. */
const fromCompressed = (ratio: string): string => `uncompressed size not read; estimated from the compressed reading with the ${ratio} ratio`;
const debianRatio = '2.7–2.8 (uncompressed/compressed) seen for the Debian-based node images';
const guessedRatio = '2.0–2.8 (the lowest and highest seen across the images read on disk; this image has no reading of its own)';

const root: ImageUser = {name: 'root', uid: 0};
const nodeUser: ImageUser = {name: 'node', uid: 1000};
const nginxUser: ImageUser = {name: 'nginx', uid: 101};
const nonroot: ImageUser = {name: 'nonroot', uid: 65532};
const nobody: ImageUser = {name: 'nobody', uid: 65534};
const postgresUser: ImageUser = {name: 'postgres', uid: 999};
const wwwData: ImageUser = {name: 'www-data', uid: 33};

const sh = '/bin/sh';
const defaultPath = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
/** The golang images: `ENV GOPATH /go`, `ENV PATH $GOPATH/bin:/usr/local/go/bin:$PATH`, `WORKDIR $GOPATH` (docker-library/golang Dockerfile template). */
const golangEnv = {GOPATH: '/go', PATH: `/go/bin:/usr/local/go/bin:${defaultPath}`};
/** The rust images: `ENV RUSTUP_HOME=/usr/local/rustup CARGO_HOME=/usr/local/cargo PATH=/usr/local/cargo/bin:$PATH` (docker-library/repo-info, rust image history). */
const rustEnv = {RUSTUP_HOME: '/usr/local/rustup', CARGO_HOME: '/usr/local/cargo', PATH: `/usr/local/cargo/bin:${defaultPath}`};
const debianTraits = {distro: 'Debian 13 (trixie)', libc: 'glibc', packageManager: 'apt', shellPath: sh} as const;
const debianSlimTraits = {...debianTraits, distro: 'Debian 13 (trixie), slim'} as const;
const alpineTraits = {distro: 'Alpine Linux', libc: 'musl', packageManager: 'apk', shellPath: sh} as const;
const ubuntuTraits = {distro: 'Ubuntu 26.04', libc: 'glibc', packageManager: 'apt', shellPath: sh} as const;
const distrolessTraits = {
  distro: 'Debian (12 or 13, as the name says), distroless',
  compiler: false,
  packageManager: 'none',
  shellPath: null,
  defaultUser: root,
  otherUsers: [nonroot, nobody],
} as const;

const noTags: TagRule = {suffixes: [''], bare: [], loose: []};
const debianCodenames = ['bookworm', 'trixie'];
const olderDebianCodenames = ['bullseye', 'buster'];
const alpineSuffixes = ['alpine', 'alpine3\\.\\d+'];

// ---------------------------------------------------------------------------------------------
// Families: how a reference finds its entries.

export const baseImageFamilies: readonly FamilySpec[] = [
  {
    kind: 'scratch',
    family: 'scratch',
    name: 'scratch',
    title: 'scratch (the empty image)',
    entry: 'scratch/scratch',
    common: {},
  },
  {
    kind: 'tag',
    family: 'busybox',
    name: 'busybox',
    title: 'BusyBox (Docker official image)',
    versionLines: '1(?:\\.3[6-8](?:\\.\\d+)?)?|stable|unstable',
    versionShape: '\\d+(?:\\.\\d+){0,2}|stable|unstable',
    latest: {entry: 'busybox/glibc', means: 'busybox:latest is BusyBox 1.38.0 built against glibc'},
    common: {compiler: false, packageManager: 'none', shellPath: sh, toolchains: [], defaultUser: root},
  },
  {
    kind: 'tag',
    family: 'alpine',
    name: 'alpine',
    title: 'Alpine Linux (Docker official image)',
    versionLines: '3(?:\\.2[1-4](?:\\.\\d+)?)?',
    versionShape: '\\d+(?:\\.\\d+){0,2}|edge',
    latest: {entry: 'alpine/alpine', means: 'alpine:latest is Alpine 3.24.2'},
    common: {libc: 'musl', packageManager: 'apk', shellPath: sh, compiler: false, toolchains: [], defaultUser: root},
  },
  {
    kind: 'tag',
    family: 'debian',
    name: 'debian',
    title: 'Debian (Docker official image)',
    versionLines: '(?:1[23](?:\\.\\d+)?|bookworm|trixie|stable|oldstable)(?:-\\d{8})?',
    versionShape: '(?:\\d+(?:\\.\\d+)?|buster|bullseye|bookworm|trixie|forky|stable|oldstable|testing|unstable|sid|experimental)(?:-\\d{8})?',
    latest: {entry: 'debian/full', means: 'debian:latest is Debian 13 (trixie)'},
    common: {libc: 'glibc', packageManager: 'apt', shellPath: sh, compiler: false, toolchains: [], defaultUser: root},
  },
  {
    kind: 'tag',
    family: 'ubuntu',
    name: 'ubuntu',
    title: 'Ubuntu (Docker official image)',
    versionLines: '(?:26\\.04|24\\.04|22\\.04|resolute|noble|jammy|rolling)(?:-\\d{8}(?:\\.\\d+)?)?',
    versionShape: '(?:\\d+\\.\\d+|bionic|focal|jammy|noble|oracular|plucky|questing|resolute|rolling|devel)(?:-\\d{8}(?:\\.\\d+)?)?',
    latest: {entry: 'ubuntu/full', means: 'ubuntu:latest is Ubuntu 26.04'},
    common: {libc: 'glibc', packageManager: 'apt', shellPath: sh, compiler: false, toolchains: [], defaultUser: root},
  },
  {
    kind: 'tag',
    family: 'node',
    name: 'node',
    title: 'Node.js (Docker official image)',
    versionLines: '(?:20|22|24|26)(?:\\.\\d+){0,2}|lts|current|iron|jod|krypton',
    versionShape: '\\d+(?:\\.\\d+){0,2}|lts|current|argon|boron|carbon|dubnium|erbium|fermium|gallium|hydrogen|iron|jod|krypton',
    latest: {
      entry: 'node/full',
      means: 'node:latest is Node.js 26.5.0 on Debian 13 (trixie); `lts` is the 24 line, `current` the 26 line',
    },
    common: {toolchains: ['node+npm'], shellPath: sh, defaultUser: root, otherUsers: [nodeUser]},
  },
  {
    kind: 'tag',
    family: 'golang',
    name: 'golang',
    title: 'Go (Docker official image)',
    versionLines: '1(?:\\.2[5-7](?:\\.\\d+)?)?',
    versionShape: '\\d+(?:\\.\\d+){0,2}(?:rc\\d+)?|tip(?:-\\d{8})?',
    latest: {
      entry: 'golang/full',
      means: 'golang:latest was Go 1.26.5 on Debian 13 (trixie) when read (golang:alpine was already 1.27.1)',
    },
    common: {toolchains: ['go'], compiler: true, shellPath: sh, defaultUser: root, workdir: '/go', env: golangEnv},
  },
  {
    kind: 'tag',
    family: 'python',
    name: 'python',
    title: 'Python (Docker official image)',
    versionLines: '3(?:\\.1[0-4](?:\\.\\d+)?)?',
    versionShape: '\\d+(?:\\.\\d+){0,2}(?:(?:a|b|rc)\\d+)?(?:-rc)?',
    latest: {entry: 'python/full', means: 'python:latest is Python 3.14 on Debian 13 (trixie)'},
    common: {toolchains: ['python+pip'], shellPath: sh, defaultUser: root},
  },
  {
    kind: 'tag',
    family: 'rust',
    name: 'rust',
    title: 'Rust (Docker official image)',
    versionLines: '1(?:\\.9[78](?:\\.\\d+)?)?',
    versionShape: '\\d+(?:\\.\\d+){0,2}',
    latest: {entry: 'rust/full', means: 'rust:latest is Rust 1.97.1 on Debian 13 (trixie)'},
    common: {toolchains: ['rust+cargo', 'gcc'], compiler: true, shellPath: sh, defaultUser: root, env: rustEnv},
  },
  {
    kind: 'tag',
    family: 'eclipse-temurin',
    name: 'eclipse-temurin',
    title: 'Eclipse Temurin OpenJDK (Docker official image)',
    versionLines: '(?:17|21|25)(?:\\.\\d+)*(?:_\\d+)?',
    versionShape: '\\d+(?:\\.\\d+)*(?:_\\d+)?',
    latest: {entry: 'eclipse-temurin/jdk', means: null},
    common: {shellPath: sh, defaultUser: root},
  },
  {
    kind: 'tag',
    family: 'maven',
    name: 'maven',
    title: 'Apache Maven (Docker official image)',
    versionLines: '3(?:\\.9(?:\\.\\d+)?)?',
    versionShape: '\\d+(?:\\.\\d+){0,2}',
    latest: {entry: 'maven/eclipse-temurin', means: null},
    common: {toolchains: ['maven', 'jdk'], compiler: true, shellPath: sh, defaultUser: root},
  },
  {
    kind: 'tag',
    family: 'nginx',
    name: 'nginx',
    title: 'NGINX (Docker official image)',
    versionLines: '1(?:\\.3[01](?:\\.\\d+)?)?|mainline|stable',
    versionShape: '\\d+(?:\\.\\d+){0,2}|mainline|stable',
    latest: {entry: 'nginx/full', means: 'nginx:latest is the mainline line (1.31.x) on Debian'},
    common: {
      compiler: false,
      toolchains: [],
      shellPath: sh,
      defaultUser: root,
      otherUsers: [nginxUser],
      entrypoint: ['/docker-entrypoint.sh'],
    },
  },
  {
    kind: 'tag',
    family: 'ruby',
    name: 'ruby',
    title: 'Ruby (Docker official image)',
    versionLines: '(?:3|4)(?:\\.\\d+){0,2}',
    versionShape: '\\d+(?:\\.\\d+){0,2}(?:-(?:preview|rc)\\d*)?',
    latest: {entry: 'ruby/full', means: null},
    common: {toolchains: ['ruby+gems'], shellPath: sh, defaultUser: root, env: {GEM_HOME: '/usr/local/bundle'}},
  },
  {
    kind: 'tag',
    family: 'php',
    name: 'php',
    title: 'PHP (Docker official image)',
    versionLines: '8(?:\\.[2-5](?:\\.\\d+)?)?',
    versionShape: '\\d+(?:\\.\\d+){0,2}(?:RC\\d+)?(?:-rc)?',
    latest: {entry: 'php/cli', means: null},
    common: {toolchains: ['php'], shellPath: sh, defaultUser: root, otherUsers: [wwwData], entrypoint: ['docker-php-entrypoint']},
  },
  {
    kind: 'tag',
    family: 'postgres',
    name: 'postgres',
    title: 'PostgreSQL (Docker official image)',
    versionLines: '1[4-8](?:\\.\\d+)?',
    versionShape: '\\d+(?:\\.\\d+)?(?:beta\\d+|rc\\d+)?',
    latest: {entry: 'postgres/full', means: null},
    common: {compiler: false, toolchains: [], shellPath: sh, defaultUser: root, otherUsers: [postgresUser], entrypoint: ['docker-entrypoint.sh']},
  },
  {
    kind: 'tag',
    family: 'gradle',
    name: 'gradle',
    title: 'Gradle (Docker official image)',
    versionLines: '9(?:\\.\\d+){0,2}',
    versionShape: '\\d+(?:\\.\\d+){0,2}',
    latest: {entry: 'gradle/jdk', means: null},
    common: {toolchains: ['gradle', 'jdk'], compiler: true, shellPath: sh, defaultUser: root, otherUsers: [{name: 'gradle', uid: 1000}]},
  },
  {
    kind: 'tag',
    family: 'docker',
    name: 'docker',
    title: 'Docker in Docker (Docker official image)',
    versionLines: '2[89](?:\\.\\d+){0,2}',
    versionShape: '\\d+(?:\\.\\d+){0,2}(?:-rc(?:\\.\\d+)?)?',
    latest: {entry: 'docker/dind', means: null},
    common: {compiler: false, packageManager: 'apk', libc: 'musl', shellPath: sh, toolchains: [], defaultUser: root},
  },
  {
    kind: 'tag',
    family: 'cuda',
    name: 'cuda',
    path: 'nvidia/cuda',
    title: 'NVIDIA CUDA (nvidia/cuda on Docker Hub)',
    versionLines: '1[23](?:\\.\\d+){1,2}',
    versionShape: '\\d+(?:\\.\\d+){1,2}',
    latest: {entry: 'cuda/base', means: null},
    common: {libc: 'glibc', shellPath: sh, defaultUser: root},
  },
  {
    kind: 'tag',
    family: 'xx',
    name: 'xx',
    path: 'tonistiigi/xx',
    title: 'tonistiigi/xx (cross-compilation helpers)',
    versionLines: '1(?:\\.\\d+){0,2}|master',
    versionShape: '\\d+(?:\\.\\d+){0,2}(?:-rc\\d+)?|master',
    latest: {entry: 'xx/xx', means: null},
    common: {compiler: false, packageManager: 'none', libc: 'none', shellPath: null, toolchains: [], defaultUser: root},
  },
  {
    kind: 'tag',
    family: 'artifact-bin',
    name: '*-bin',
    pathPattern: '[a-z0-9]+(?:[._-][a-z0-9]+)*/[a-z0-9]+(?:[._-][a-z0-9]+)*-bin',
    title: 'single-binary artifact image (<owner>/<tool>-bin, built FROM scratch)',
    versionLines: '(?!)',
    versionShape: '[A-Za-z0-9_][A-Za-z0-9_.-]*',
    latest: {entry: 'artifact-bin/binary', means: null},
    common: {compiler: false, packageManager: 'none', libc: 'none', shellPath: null, toolchains: [], defaultUser: root},
  },
  {
    kind: 'repository',
    family: 'distroless',
    title: 'Distroless (GoogleContainerTools, gcr.io/distroless)',
    registry: 'gcr.io',
    pathPrefix: 'distroless/',
    platformSuffix: '-(?:amd64|arm64|arm|s390x|ppc64le|riscv64)',
    flavours: [
      {tag: 'latest', defaultUser: root, shellPath: null, addsToSize: false, note: null},
      {tag: 'nonroot', defaultUser: nonroot, shellPath: null, addsToSize: false, note: null},
      {
        tag: 'debug',
        defaultUser: root,
        shellPath: '/busybox/sh',
        addsToSize: true,
        note: ':debug adds a BusyBox shell at /busybox/sh, which the size figure does not count',
      },
      {
        tag: 'debug-nonroot',
        defaultUser: nonroot,
        shellPath: '/busybox/sh',
        addsToSize: true,
        note: ':debug-nonroot adds a BusyBox shell at /busybox/sh, which the size figure does not count',
      },
    ],
    common: {compiler: false, packageManager: 'none', otherUsers: [nonroot, nobody]},
  },
];

// ---------------------------------------------------------------------------------------------
// Entries: one per image family and variant.

const entries: readonly Omit<BaseImageEntry, 'label'>[] = [
  {
    id: 'scratch/scratch',
    family: 'scratch',
    variant: 'scratch',
    ref: 'scratch',
    description: 'empty image: no files, no libc, no shell',
    size: {
      uncompressed: {bytes: 0, range: null, kind: 'definition', readFor: 'scratch'},
      compressed: {bytes: 0, range: null, kind: 'definition', readFor: 'scratch'},
      source: 'Docker: scratch is a reserved name for an empty image with no layers',
      date: 'by definition',
      note: null,
    },
    distro: 'none',
    libc: 'none',
    compiler: false,
    packageManager: 'none',
    shellPath: null,
    toolchains: [],
    defaultUser: root,
    otherUsers: [],
    entrypoint: null,
    notes: ['no /etc/passwd, so only numeric USER values work; no CA certificates or time zone data unless copied in'],
  },

  // BusyBox: `latest` and bare versions are the glibc build.
  {
    id: 'busybox/glibc',
    family: 'busybox',
    variant: 'glibc',
    ref: 'busybox:1.38-glibc',
    description: 'BusyBox, glibc build',
    size: {
      uncompressed: reading(4.45, 'busybox:latest (1.38.0-glibc)'),
      compressed: reading(2.2, 'busybox:latest (1.38.0-glibc)'),
      source: `${repoInfo} local/latest.md and remote/latest.md`,
      date: repoInfoDate,
      note: null,
    },
    distro: 'none (BusyBox)',
    libc: 'glibc',
    compiler: false,
    packageManager: 'none',
    shellPath: sh,
    toolchains: [],
    defaultUser: root,
    otherUsers: [],
    entrypoint: null,
    tags: {suffixes: ['', 'glibc'], bare: ['glibc'], loose: []},
    notes: [],
  },
  {
    id: 'busybox/musl',
    family: 'busybox',
    variant: 'musl',
    ref: 'busybox:1.38-musl',
    description: 'BusyBox, musl build',
    size: {
      uncompressed: estimate(1.6, 1.9, 'busybox:musl (1.38.0)'),
      compressed: reading(0.886, 'busybox:musl (1.38.0)'),
      source: `${repoInfoStored} remote/musl.md; ${fromCompressed('1.8–2.1 seen for busybox:latest (4.45 MB on disk, 2.2 MB compressed)')}`,
      date: 'Jul 2026',
      note: 'one layer; the musl build is statically linked, so it carries no separate libc files',
    },
    distro: 'none (BusyBox)',
    libc: 'musl',
    compiler: false,
    packageManager: 'none',
    shellPath: sh,
    toolchains: [],
    defaultUser: root,
    otherUsers: [],
    entrypoint: null,
    tags: {suffixes: ['musl'], bare: ['musl'], loose: []},
    notes: [],
  },
  {
    id: 'busybox/uclibc',
    family: 'busybox',
    variant: 'uclibc',
    ref: 'busybox:1.38-uclibc',
    description: 'BusyBox, uClibc build',
    size: {
      uncompressed: unknownFigure,
      compressed: null,
      source: 'not read: neither base-image-sizes.md nor this catalog has a figure for the uClibc build (the musl build is under 1 MB compressed)',
      date: repoInfoDate,
      note: null,
    },
    distro: 'none (BusyBox)',
    libc: 'uclibc',
    compiler: false,
    packageManager: 'none',
    shellPath: sh,
    toolchains: [],
    defaultUser: root,
    otherUsers: [],
    entrypoint: null,
    tags: {suffixes: ['uclibc'], bare: ['uclibc'], loose: []},
    notes: [],
  },

  {
    id: 'alpine/alpine',
    family: 'alpine',
    variant: 'alpine',
    ref: 'alpine:3.24',
    description: 'Alpine Linux, musl, apk',
    size: {
      uncompressed: estimate(8, 9, 'alpine:3.24.2'),
      compressed: reading(3.8, 'alpine:3.24.2'),
      source: estimatedFromCompressed,
      date: repoInfoDate,
      note: 'the (older) distroless README put alpine at ~5 MiB',
    },
    ...alpineTraits,
    distro: 'Alpine Linux 3.24',
    compiler: false,
    toolchains: [],
    defaultUser: root,
    otherUsers: [],
    entrypoint: null,
    tags: noTags,
    notes: [],
  },

  {
    id: 'debian/full',
    family: 'debian',
    variant: 'full',
    ref: 'debian:trixie',
    description: 'Debian',
    size: {
      uncompressed: estimate(120, 130, 'debian:trixie'),
      compressed: reading(49.3, 'debian:trixie (first layer of node:latest and golang:latest)'),
      source: estimatedFromCompressed,
      date: repoInfoDate,
      note: null,
    },
    ...debianTraits,
    compiler: false,
    toolchains: [],
    defaultUser: root,
    otherUsers: [],
    entrypoint: null,
    tags: noTags,
    notes: [],
  },
  {
    id: 'debian/slim',
    family: 'debian',
    variant: 'slim',
    ref: 'debian:trixie-slim',
    description: 'Debian slim',
    size: {
      uncompressed: estimate(75, 85, 'debian:trixie-slim'),
      compressed: reading(29.8, 'debian:trixie-slim (first layer of node:slim, python:slim, rust:slim)'),
      source: estimatedFromCompressed,
      date: repoInfoDate,
      note: null,
    },
    ...debianSlimTraits,
    compiler: false,
    toolchains: [],
    defaultUser: root,
    otherUsers: [],
    entrypoint: null,
    tags: {suffixes: ['slim'], bare: [], loose: []},
    notes: [],
  },

  {
    id: 'ubuntu/full',
    family: 'ubuntu',
    variant: 'full',
    ref: 'ubuntu:26.04',
    description: 'Ubuntu',
    size: {
      uncompressed: estimate(105, 115, 'ubuntu:26.04'),
      compressed: reading(41.6, 'ubuntu:latest (26.04)'),
      source: estimatedFromCompressed,
      date: repoInfoDate,
      note: null,
    },
    ...ubuntuTraits,
    compiler: false,
    toolchains: [],
    defaultUser: root,
    otherUsers: [{name: 'ubuntu', uid: 1000}],
    entrypoint: null,
    tags: noTags,
    notes: [],
  },

  {
    id: 'node/full',
    family: 'node',
    variant: 'full',
    ref: 'node:24',
    description: 'Debian, Node.js toolchain',
    size: {
      uncompressed: reading(1230, 'node:24-trixie'),
      compressed: reading(442.4, 'node:latest (26.5.0, trixie)'),
      source: `${repoInfo} local/24-trixie.md (uncompressed) and remote/latest.md (compressed)`,
      date: repoInfoDate,
      note: 'buildpack-deps layers 49.3 + 25.6 + 67.8 + 236.2 MB and a 63.4 MB Node.js layer, compressed',
    },
    ...debianTraits,
    compiler: true,
    toolchains: ['node+npm', 'gcc'],
    defaultUser: root,
    otherUsers: [nodeUser],
    entrypoint: ['docker-entrypoint.sh'],
    tags: {suffixes: ['', ...debianCodenames], bare: debianCodenames, loose: olderDebianCodenames},
    notes: ['built on buildpack-deps: gcc, make, git and many -dev libraries'],
  },
  {
    id: 'node/slim',
    family: 'node',
    variant: 'slim',
    ref: 'node:24-slim',
    description: 'Debian slim, Node.js runtime',
    size: {
      uncompressed: reading(234.17, 'node:24-trixie-slim (24.21.0)'),
      compressed: reading(80.5, 'node:24-slim'),
      source: `${repoInfo} local/24-trixie-slim.md (uncompressed) and remote/24-slim.md (compressed)`,
      date: repoInfoDate,
      note: 'node:slim (26.5.0) read 84.6 MB compressed, with a 54.8 MB Node.js layer',
    },
    ...debianSlimTraits,
    compiler: false,
    toolchains: ['node+npm'],
    defaultUser: root,
    otherUsers: [nodeUser],
    entrypoint: ['docker-entrypoint.sh'],
    tags: {
      suffixes: ['slim', 'bookworm-slim', 'trixie-slim'],
      bare: ['slim', 'bookworm-slim', 'trixie-slim'],
      loose: ['bullseye-slim', 'buster-slim'],
    },
    notes: [],
  },
  {
    id: 'node/alpine',
    family: 'node',
    variant: 'alpine',
    ref: 'node:24-alpine',
    description: 'Alpine, Node.js runtime',
    size: {
      uncompressed: reading(170.75, 'node:24-alpine'),
      compressed: reading(62.8, 'node:alpine (26.5.0)'),
      source: `${repoInfo} local/24-alpine.md (uncompressed) and remote/alpine.md (compressed)`,
      date: repoInfoDate,
      note: 'Node.js layer 59.0 MB compressed',
    },
    ...alpineTraits,
    compiler: false,
    toolchains: ['node+npm'],
    defaultUser: root,
    otherUsers: [nodeUser],
    entrypoint: ['docker-entrypoint.sh'],
    tags: {suffixes: alpineSuffixes, bare: alpineSuffixes, loose: []},
    notes: [],
  },

  {
    id: 'golang/full',
    family: 'golang',
    variant: 'full',
    ref: 'golang:1.26',
    description: 'Debian, Go toolchain and gcc',
    size: {
      uncompressed: reading(847.55, 'golang:1.25-trixie (1.25.12)'),
      compressed: reading(312.3, 'golang:latest (1.26.5, trixie)'),
      source: `${repoInfo} local/1.25-trixie.md (uncompressed, read for Go 1.25) and remote/latest.md (compressed)`,
      date: repoInfoDate,
      note: 'the on-disk figure is for Go 1.25, the newest line read; gcc/libc-dev layer 102.3 MB and Go layer 67.3 MB, compressed',
    },
    ...debianTraits,
    compiler: true,
    toolchains: ['go', 'gcc'],
    defaultUser: root,
    otherUsers: [],
    entrypoint: null,
    tags: {suffixes: ['', ...debianCodenames], bare: debianCodenames, loose: olderDebianCodenames},
    notes: [],
  },
  {
    id: 'golang/alpine',
    family: 'golang',
    variant: 'alpine',
    ref: 'golang:1.27-alpine',
    description: 'Alpine, Go toolchain, no gcc',
    size: {
      uncompressed: estimate(230, 260, 'golang:1.27.1-alpine'),
      compressed: reading(75.2, 'golang:alpine (1.27.1)'),
      source: estimatedFromCompressed,
      date: repoInfoDate,
      note: 'for comparison, golang:1.19.5-alpine read 353.8 MB uncompressed in 2023',
    },
    ...alpineTraits,
    compiler: true,
    toolchains: ['go'],
    defaultUser: root,
    otherUsers: [],
    entrypoint: null,
    tags: {suffixes: alpineSuffixes, bare: alpineSuffixes, loose: []},
    notes: ['no gcc: cgo builds need `apk add build-base`, or CGO_ENABLED=0'],
  },

  {
    id: 'python/full',
    family: 'python',
    variant: 'full',
    ref: 'python:3.14',
    description: 'Debian, Python toolchain and gcc',
    size: {
      uncompressed: approximately(1100, 'python:latest (3.14, trixie)'),
      compressed: estimate(400, 410, 'python:latest (3.14, trixie)'),
      source: 'estimate: buildpack-deps:trixie (378.9 MB compressed, docker-library/repo-info) plus Python',
      date: repoInfoDate,
      note: null,
    },
    ...debianTraits,
    compiler: true,
    toolchains: ['python+pip', 'gcc'],
    defaultUser: root,
    otherUsers: [],
    entrypoint: null,
    tags: {suffixes: ['', ...debianCodenames], bare: debianCodenames, loose: olderDebianCodenames},
    notes: ['built on buildpack-deps: gcc, make, git and many -dev libraries'],
  },
  {
    id: 'python/slim',
    family: 'python',
    variant: 'slim',
    ref: 'python:3.14-slim',
    description: 'Debian slim, Python runtime',
    size: {
      uncompressed: reading(119.46, 'python:3.14-slim (3.14.7)'),
      compressed: reading(43.4, 'python:slim (3.14.7)'),
      source: `${repoInfo} local/3.14-slim.md (uncompressed) and remote/slim.md (compressed)`,
      date: repoInfoDate,
      note: null,
    },
    ...debianSlimTraits,
    compiler: false,
    toolchains: ['python+pip'],
    defaultUser: root,
    otherUsers: [],
    entrypoint: null,
    tags: {
      suffixes: ['slim', 'slim-bookworm', 'slim-trixie'],
      bare: ['slim', 'slim-bookworm', 'slim-trixie'],
      loose: ['slim-bullseye', 'slim-buster'],
    },
    notes: [],
  },
  {
    id: 'python/alpine',
    family: 'python',
    variant: 'alpine',
    ref: 'python:3.14-alpine',
    description: 'Alpine, Python runtime',
    size: {
      uncompressed: estimate(45, 50, 'python:3.14.7-alpine'),
      compressed: reading(17.8, 'python:alpine (3.14.7)'),
      source: estimatedFromCompressed,
      date: repoInfoDate,
      note: null,
    },
    ...alpineTraits,
    compiler: false,
    toolchains: ['python+pip'],
    defaultUser: root,
    otherUsers: [],
    entrypoint: null,
    tags: {suffixes: alpineSuffixes, bare: alpineSuffixes, loose: []},
    notes: ['musl: pip installs wheels built for musllinux, or compiles from source'],
  },

  {
    id: 'rust/full',
    family: 'rust',
    variant: 'full',
    ref: 'rust:1',
    description: 'Debian, Rust toolchain and gcc',
    size: {
      uncompressed: estimate(1700, 1900, 'rust:latest (1.97, trixie)'),
      compressed: estimate(650, 680, 'rust:latest (1.97, trixie)'),
      source: 'estimate: buildpack-deps:trixie plus the Rust toolchain layer (not read)',
      date: repoInfoDate,
      note: null,
    },
    ...debianTraits,
    compiler: true,
    toolchains: ['rust+cargo', 'gcc'],
    defaultUser: root,
    otherUsers: [],
    entrypoint: null,
    tags: {suffixes: ['', ...debianCodenames], bare: debianCodenames, loose: olderDebianCodenames},
    notes: [],
  },
  {
    id: 'rust/slim',
    family: 'rust',
    variant: 'slim',
    ref: 'rust:1-slim',
    description: 'Debian slim, Rust toolchain and gcc',
    size: {
      uncompressed: reading(921.07, 'rust:1-slim-trixie (1.97.0)'),
      compressed: reading(323.1, 'rust:slim (1.97.1)'),
      source: `${repoInfo} local/1-slim-trixie.md (uncompressed) and remote/slim.md (compressed)`,
      date: repoInfoDate,
      note: 'toolchain layer 293.3 MB compressed; the reading is above the 850–900 MB once estimated',
    },
    ...debianSlimTraits,
    compiler: true,
    toolchains: ['rust+cargo', 'gcc'],
    defaultUser: root,
    otherUsers: [],
    entrypoint: null,
    tags: {
      suffixes: ['slim', 'slim-bookworm', 'slim-trixie'],
      bare: ['slim', 'slim-bookworm', 'slim-trixie'],
      loose: ['slim-bullseye'],
    },
    notes: [],
  },

  {
    id: 'rust/alpine',
    family: 'rust',
    variant: 'alpine',
    ref: 'rust:1-alpine',
    description: 'Alpine, Rust toolchain, gcc and musl-dev',
    size: {
      uncompressed: estimate(698, 977, 'rust:1-alpine (1.98.0)'),
      compressed: reading(349.1, 'rust:1-alpine (1.98.0)'),
      source: `${repoInfoStored} remote/1-alpine.md; ${fromCompressed(guessedRatio)}`,
      date: 'Aug 2026',
      note: 'toolchain layer 270.2 MB and gcc/musl-dev layer 75.1 MB, compressed',
    },
    ...alpineTraits,
    compiler: true,
    toolchains: ['rust+cargo', 'gcc'],
    defaultUser: root,
    otherUsers: [],
    entrypoint: null,
    tags: {suffixes: alpineSuffixes, bare: alpineSuffixes, loose: []},
    notes: ['builds for the musl target by default, so the binaries are statically linked'],
  },

  {
    id: 'eclipse-temurin/jdk',
    family: 'eclipse-temurin',
    variant: 'jdk',
    ref: 'eclipse-temurin:21-jdk',
    description: 'Ubuntu, Java JDK',
    size: {
      uncompressed: estimate(450, 500, 'eclipse-temurin:21-jdk (Ubuntu 26.04)'),
      compressed: reading(230.1, 'eclipse-temurin:21-jdk (Ubuntu 26.04)'),
      source: estimatedFromCompressed,
      date: repoInfoDate,
      note: 'JDK layer 158.1 MB compressed',
    },
    ...ubuntuTraits,
    compiler: true,
    toolchains: ['jdk'],
    defaultUser: root,
    otherUsers: [],
    entrypoint: null,
    tags: {
      suffixes: ['', 'jdk', 'jdk-(?:resolute|noble|jammy)', 'resolute', 'noble', 'jammy'],
      bare: [],
      loose: ['jdk-focal', 'focal'],
    },
    notes: [],
  },
  {
    id: 'eclipse-temurin/jre',
    family: 'eclipse-temurin',
    variant: 'jre',
    ref: 'eclipse-temurin:21-jre',
    description: 'Ubuntu, Java runtime',
    size: {
      uncompressed: estimate(270, 300, 'eclipse-temurin:21-jre (Ubuntu 26.04)'),
      compressed: reading(121.1, 'eclipse-temurin:21-jre (Ubuntu 26.04)'),
      source: estimatedFromCompressed,
      date: repoInfoDate,
      note: 'JRE layer 53.1 MB compressed',
    },
    ...ubuntuTraits,
    compiler: false,
    toolchains: ['jre'],
    defaultUser: root,
    otherUsers: [],
    entrypoint: null,
    tags: {suffixes: ['jre', 'jre-(?:resolute|noble|jammy)'], bare: [], loose: ['jre-focal']},
    notes: [],
  },
  {
    id: 'eclipse-temurin/jdk-alpine',
    family: 'eclipse-temurin',
    variant: 'jdk-alpine',
    ref: 'eclipse-temurin:21-jdk-alpine',
    description: 'Alpine, Java JDK',
    size: {
      uncompressed: estimate(370, 440, 'eclipse-temurin:21-jdk-alpine (21.0.12.1)'),
      compressed: reading(183.6, 'eclipse-temurin:21-jdk-alpine (21.0.12.1)'),
      source: `${repoInfoStored} remote/21-jdk-alpine.md; ${fromCompressed('2.0–2.4 (a JDK compresses less well than a Debian userland)')}`,
      date: 'Sep 2026',
      note: 'JDK layer 158.3 MB compressed, on Alpine 3.24',
    },
    ...alpineTraits,
    compiler: true,
    toolchains: ['jdk'],
    defaultUser: root,
    otherUsers: [],
    entrypoint: null,
    tags: {suffixes: ['alpine', 'jdk-alpine', 'alpine-3\\.\\d+', 'jdk-alpine-3\\.\\d+'], bare: [], loose: []},
    notes: [],
  },
  {
    id: 'eclipse-temurin/jre-alpine',
    family: 'eclipse-temurin',
    variant: 'jre-alpine',
    ref: 'eclipse-temurin:21-jre-alpine',
    description: 'Alpine, Java runtime',
    size: {
      uncompressed: reading(207.7, 'eclipse-temurin:21-jre-alpine-3.24 (21.0.12_8)'),
      compressed: null,
      source: `${repoInfo} local/21-jre-alpine-3.24.md (base-image-sizes.md, additional readings)`,
      date: repoInfoDate,
      note: 'compressed size not read',
    },
    ...alpineTraits,
    compiler: false,
    toolchains: ['jre'],
    defaultUser: root,
    otherUsers: [],
    entrypoint: null,
    tags: {suffixes: ['jre-alpine', 'jre-alpine-3\\.\\d+'], bare: [], loose: []},
    notes: [],
  },

  {
    id: 'maven/eclipse-temurin',
    family: 'maven',
    variant: 'eclipse-temurin',
    ref: 'maven:3.9-eclipse-temurin-21',
    description: 'Ubuntu, Maven and Java JDK',
    size: {
      uncompressed: estimate(480, 520, 'maven:3-eclipse-temurin-21'),
      compressed: estimate(240, 250, 'maven:3-eclipse-temurin-21'),
      source: 'estimate: eclipse-temurin JDK plus Maven (not read)',
      date: repoInfoDate,
      note: null,
    },
    ...ubuntuTraits,
    distro: 'Ubuntu (the eclipse-temurin base)',
    compiler: true,
    toolchains: ['maven', 'jdk'],
    defaultUser: root,
    otherUsers: [],
    entrypoint: null,
    tags: {
      suffixes: ['', 'eclipse-temurin', 'eclipse-temurin-(?:17|21|25)', 'eclipse-temurin-(?:17|21|25)-(?:noble|jammy)'],
      bare: [],
      loose: ['eclipse-temurin-\\d+', 'eclipse-temurin-\\d+-(?:focal|noble|jammy)'],
    },
    notes: ['the figure is for the JDK 21 build; the bundled JDK line changes the size'],
  },

  // Ruby: buildpack-deps (full), slim and Alpine builds.
  {
    id: 'ruby/full',
    family: 'ruby',
    variant: 'full',
    ref: 'ruby:3.4',
    description: 'Debian, Ruby, gcc and -dev libraries',
    size: {
      uncompressed: estimate(1140, 1180, 'ruby:3-trixie (3.4.10)'),
      compressed: reading(421.4, 'ruby:3-trixie (3.4.10)'),
      source: `${repoInfoStored} remote/3-trixie.md; ${fromCompressed(debianRatio)}`,
      date: 'Aug 2026',
      note: 'the same buildpack-deps layers as node:24 (49.3 + 25.6 + 67.8 + 236.3 MB compressed) and a 42.3 MB Ruby layer',
    },
    ...debianTraits,
    compiler: true,
    toolchains: ['ruby+gems', 'gcc'],
    defaultUser: root,
    otherUsers: [],
    entrypoint: null,
    tags: {suffixes: ['', ...debianCodenames], bare: debianCodenames, loose: olderDebianCodenames},
    notes: ['built on buildpack-deps: gcc, make, git and many -dev libraries, so native gems compile'],
  },
  {
    id: 'ruby/slim',
    family: 'ruby',
    variant: 'slim',
    ref: 'ruby:3.4-slim',
    description: 'Debian slim, Ruby runtime',
    size: {
      uncompressed: estimate(230, 239, 'ruby:3-slim-trixie (3.4.10)'),
      compressed: reading(85.2, 'ruby:3-slim-trixie (3.4.10)'),
      source: `${repoInfoStored} remote/3-slim-trixie.md; ${fromCompressed(debianRatio)}`,
      date: 'Sep 2026',
      note: 'Ruby layer 51.2 MB compressed',
    },
    ...debianSlimTraits,
    compiler: false,
    toolchains: ['ruby+gems'],
    defaultUser: root,
    otherUsers: [],
    entrypoint: null,
    tags: {suffixes: ['slim', 'slim-bookworm', 'slim-trixie'], bare: ['slim', 'slim-bookworm', 'slim-trixie'], loose: ['slim-bullseye']},
    notes: ['no compiler: gems with native extensions need build-essential, or a build stage'],
  },
  {
    id: 'ruby/alpine',
    family: 'ruby',
    variant: 'alpine',
    ref: 'ruby:3.4-alpine',
    description: 'Alpine, Ruby runtime',
    size: {
      uncompressed: unknownFigure,
      compressed: null,
      source: 'not read: neither this catalog nor base-image-sizes.md has a figure for the Alpine build',
      date: '2026-12',
      note: null,
    },
    ...alpineTraits,
    compiler: false,
    toolchains: ['ruby+gems'],
    defaultUser: root,
    otherUsers: [],
    entrypoint: null,
    tags: {suffixes: alpineSuffixes, bare: alpineSuffixes, loose: []},
    notes: ['musl: gems with native extensions are compiled for musl'],
  },

  // PHP: the variant is the server it carries (cli, Apache, FPM); all keep the tools docker-php-ext-install needs.
  {
    id: 'php/cli',
    family: 'php',
    variant: 'cli',
    ref: 'php:8.5-cli',
    description: 'Debian, PHP command line, with the build tools for extensions',
    size: {
      uncompressed: reading(579.19, 'php:8-cli-trixie (8.5.10)'),
      compressed: null,
      source: `${repoInfoStored} local/8-cli-trixie.md ("Virtual Size", on disk)`,
      date: 'Aug 2026',
      note: 'compressed size not read',
    },
    ...debianTraits,
    compiler: true,
    toolchains: ['php', 'gcc'],
    defaultUser: root,
    otherUsers: [wwwData],
    entrypoint: ['docker-php-entrypoint'],
    tags: {
      suffixes: ['', 'cli', ...debianCodenames, 'cli-(?:bookworm|trixie)'],
      bare: ['cli', ...debianCodenames, 'cli-(?:bookworm|trixie)'],
      loose: ['cli-bullseye', 'bullseye'],
    },
    notes: ['autoconf, gcc and make stay installed (PHPIZE_DEPS) so that docker-php-ext-install can compile extensions'],
  },
  {
    id: 'php/apache',
    family: 'php',
    variant: 'apache',
    ref: 'php:8.5-apache',
    description: 'Debian, PHP with Apache httpd',
    size: {
      uncompressed: reading(557.01, 'php:8-apache-trixie (8.5.10)'),
      compressed: null,
      source: `${repoInfoStored} local/8-apache-trixie.md ("Virtual Size", on disk)`,
      date: 'Sep 2026',
      note: 'read two weeks after the cli figure, from a different build; compressed size not read',
    },
    ...debianTraits,
    compiler: true,
    toolchains: ['php', 'gcc'],
    defaultUser: root,
    otherUsers: [wwwData],
    entrypoint: ['docker-php-entrypoint'],
    tags: {suffixes: ['apache', 'apache-(?:bookworm|trixie)'], bare: ['apache', 'apache-(?:bookworm|trixie)'], loose: ['apache-bullseye']},
    notes: ['Apache starts as root and serves as www-data'],
  },
  {
    id: 'php/fpm',
    family: 'php',
    variant: 'fpm',
    ref: 'php:8.5-fpm',
    description: 'Debian, PHP-FPM',
    size: {
      uncompressed: estimate(550, 590, 'php:8-fpm-trixie'),
      compressed: null,
      source: `estimate: not read; the cli (579.19 MB) and apache (557.01 MB) builds of the same release, read in ${repoInfoStored}, bracket it`,
      date: 'Aug–Sep 2026',
      note: null,
    },
    ...debianTraits,
    compiler: true,
    toolchains: ['php', 'gcc'],
    defaultUser: root,
    otherUsers: [wwwData],
    entrypoint: ['docker-php-entrypoint'],
    tags: {suffixes: ['fpm', 'fpm-(?:bookworm|trixie)'], bare: ['fpm', 'fpm-(?:bookworm|trixie)'], loose: ['fpm-bullseye']},
    notes: ['FPM listens on port 9000 for a web server in front of it'],
  },
  {
    id: 'php/alpine',
    family: 'php',
    variant: 'alpine',
    ref: 'php:8.5-fpm-alpine',
    description: 'Alpine, PHP (cli or FPM)',
    size: {
      uncompressed: unknownFigure,
      compressed: null,
      source: 'not read: no figure for the Alpine builds',
      date: '2026-12',
      note: null,
    },
    ...alpineTraits,
    compiler: false,
    toolchains: ['php'],
    defaultUser: root,
    otherUsers: [wwwData],
    entrypoint: ['docker-php-entrypoint'],
    tags: {
      suffixes: [...alpineSuffixes, '(?:cli|fpm|zts)-alpine(?:3\\.\\d+)?'],
      bare: [...alpineSuffixes, '(?:cli|fpm|zts)-alpine(?:3\\.\\d+)?'],
      loose: [],
    },
    notes: ['PHPIZE_DEPS are not kept: docker-php-ext-install adds and removes them itself'],
  },

  {
    id: 'postgres/full',
    family: 'postgres',
    variant: 'full',
    ref: 'postgres:17',
    description: 'Debian slim, PostgreSQL server',
    size: {
      uncompressed: estimate(435, 452, 'postgres:17-trixie (17.11)'),
      compressed: reading(161.3, 'postgres:17-trixie (17.11)'),
      source: `${repoInfoStored} remote/17-trixie.md; ${fromCompressed(debianRatio)}`,
      date: 'Sep 2026',
      note: 'PostgreSQL layer 114.3 MB compressed, on the 29.8 MB debian:trixie-slim layer',
    },
    ...debianSlimTraits,
    compiler: false,
    toolchains: [],
    defaultUser: root,
    otherUsers: [postgresUser],
    entrypoint: ['docker-entrypoint.sh'],
    tags: {suffixes: ['', ...debianCodenames], bare: debianCodenames, loose: olderDebianCodenames},
    notes: [
      'the entrypoint drops from root to the postgres user (uid 999) with gosu',
      'VOLUME /var/lib/postgresql/data: data written there in a RUN is discarded',
    ],
  },
  {
    id: 'postgres/alpine',
    family: 'postgres',
    variant: 'alpine',
    ref: 'postgres:17-alpine',
    description: 'Alpine, PostgreSQL server',
    size: {
      uncompressed: unknownFigure,
      compressed: null,
      source: 'not read: no figure for the Alpine builds',
      date: '2026-12',
      note: null,
    },
    ...alpineTraits,
    compiler: false,
    toolchains: [],
    defaultUser: root,
    otherUsers: [{name: 'postgres', uid: 70}],
    entrypoint: ['docker-entrypoint.sh'],
    tags: {suffixes: alpineSuffixes, bare: alpineSuffixes, loose: []},
    notes: [],
  },

  {
    id: 'gradle/jdk',
    family: 'gradle',
    variant: 'jdk',
    ref: 'gradle:9-jdk21',
    description: 'Ubuntu, Gradle and Java JDK',
    size: {
      uncompressed: estimate(580, 660, 'gradle:jdk21'),
      compressed: estimate(300, 340, 'gradle:jdk21'),
      source:
        'estimate, not read: the eclipse-temurin JDK figures (230.1 MB compressed, 450–500 MB est. on disk) plus a Gradle distribution of roughly 130–160 MB on disk',
      date: '2026-12',
      note: null,
    },
    ...ubuntuTraits,
    distro: 'Ubuntu (the eclipse-temurin base)',
    compiler: true,
    toolchains: ['gradle', 'jdk'],
    defaultUser: root,
    otherUsers: [{name: 'gradle', uid: 1000}],
    entrypoint: null,
    tags: {
      suffixes: ['', 'jdk(?:17|21|25)?', 'jdk(?:17|21|25)-(?:noble|jammy|resolute)'],
      bare: ['jdk', 'jdk(?:17|21|25)', 'jdk(?:17|21|25)-(?:noble|jammy|resolute)'],
      loose: ['jdk\\d+', 'jdk\\d+-\\w+'],
    },
    notes: ['the figure is for a JDK 21 build; the bundled JDK line changes the size'],
  },

  {
    id: 'docker/dind',
    family: 'docker',
    variant: 'dind',
    ref: 'docker:29-dind',
    description: 'Alpine, Docker engine, CLI, buildx and compose (Docker in Docker)',
    size: {
      uncompressed: estimate(280, 393, 'docker:29-dind (29.7.0)'),
      compressed: reading(140.2, 'docker:29-dind (29.7.0)'),
      source: `${repoInfoStored} remote/29-dind.md; ${fromCompressed(guessedRatio)}`,
      date: 'Jul 2026',
      note: 'mostly statically linked Go programs (dockerd, containerd, the CLI and its plugins)',
    },
    ...alpineTraits,
    compiler: false,
    toolchains: [],
    defaultUser: root,
    otherUsers: [],
    entrypoint: ['dockerd-entrypoint.sh'],
    tags: {
      suffixes: ['', 'dind', 'dind-alpine3\\.\\d+', 'alpine3\\.\\d+', 'dind-rootless'],
      bare: ['dind', 'dind-rootless'],
      loose: [],
    },
    notes: ['runs dockerd, which needs --privileged; VOLUME /var/lib/docker'],
  },

  // NVIDIA CUDA: base (the CUDA runtime library), runtime (+ the toolkit's shared libraries), devel (+ nvcc, headers, static libraries).
  {
    id: 'cuda/base',
    family: 'cuda',
    variant: 'base',
    ref: 'nvidia/cuda:12.9.1-base-ubuntu24.04',
    description: 'Ubuntu, CUDA runtime library only',
    size: {
      uncompressed: estimate(150, 400, 'nvidia/cuda:12.x-base-ubuntu24.04'),
      compressed: null,
      source:
        'estimate, not read (NVIDIA publishes it outside docker-library/repo-info): Ubuntu (≈ 105–115 MB est.) plus libcudart and the compat libraries; the range is wide on purpose',
      date: '2026-12',
      note: null,
    },
    ...ubuntuTraits,
    distro: 'Ubuntu',
    compiler: false,
    toolchains: ['cuda'],
    defaultUser: root,
    otherUsers: [],
    entrypoint: null,
    tags: {suffixes: ['base-ubuntu\\d\\d\\.\\d\\d'], bare: [], loose: []},
    notes: ['the GPU driver is not in the image: the NVIDIA Container Toolkit mounts it from the host'],
  },
  {
    id: 'cuda/runtime',
    family: 'cuda',
    variant: 'runtime',
    ref: 'nvidia/cuda:12.9.1-runtime-ubuntu24.04',
    description: 'Ubuntu, CUDA runtime and the toolkit shared libraries',
    size: {
      uncompressed: estimate(2000, 4000, 'nvidia/cuda:12.x-runtime-ubuntu24.04'),
      compressed: null,
      source:
        'estimate, not read: base plus the shared libraries of the CUDA toolkit (cuBLAS, cuFFT, cuSPARSE, NPP and others), which take gigabytes; the range is wide on purpose',
      date: '2026-12',
      note: null,
    },
    ...ubuntuTraits,
    distro: 'Ubuntu',
    compiler: false,
    toolchains: ['cuda'],
    defaultUser: root,
    otherUsers: [],
    entrypoint: null,
    tags: {suffixes: ['runtime-ubuntu\\d\\d\\.\\d\\d', 'cudnn-runtime-ubuntu\\d\\d\\.\\d\\d'], bare: [], loose: []},
    notes: ['the GPU driver is not in the image: the NVIDIA Container Toolkit mounts it from the host'],
  },
  {
    id: 'cuda/devel',
    family: 'cuda',
    variant: 'devel',
    ref: 'nvidia/cuda:12.9.1-devel-ubuntu24.04',
    description: 'Ubuntu, CUDA toolkit with nvcc, headers and static libraries',
    size: {
      uncompressed: estimate(6000, 10000, 'nvidia/cuda:12.x-devel-ubuntu24.04'),
      compressed: null,
      source: 'estimate, not read: runtime plus nvcc, the debugging tools, headers and static libraries; the range is wide on purpose',
      date: '2026-12',
      note: null,
    },
    ...ubuntuTraits,
    distro: 'Ubuntu',
    compiler: true,
    toolchains: ['cuda', 'gcc'],
    defaultUser: root,
    otherUsers: [],
    entrypoint: null,
    tags: {suffixes: ['devel-ubuntu\\d\\d\\.\\d\\d', 'cudnn-devel-ubuntu\\d\\d\\.\\d\\d'], bare: [], loose: []},
    notes: ['a build image: copy the built program into a runtime or base image'],
  },

  // Helper images that Dockerfiles copy from rather than build on.
  {
    id: 'xx/xx',
    family: 'xx',
    variant: 'xx',
    ref: 'tonistiigi/xx:1.6.1',
    description: 'cross-compilation helper scripts (xx-info, xx-apk, xx-apt, xx-go, xx-cc), FROM scratch',
    size: {
      uncompressed: estimate(0.05, 1, 'tonistiigi/xx'),
      compressed: null,
      source: 'estimate, not read: the image is FROM scratch with the xx-* shell scripts only (tonistiigi/xx Dockerfile)',
      date: '2026-12',
      note: null,
    },
    distro: 'none (scripts only)',
    libc: 'none',
    compiler: false,
    packageManager: 'none',
    shellPath: null,
    toolchains: [],
    defaultUser: root,
    otherUsers: [],
    entrypoint: null,
    tags: {suffixes: [''], bare: ['master'], loose: []},
    notes: ["used as COPY --from=tonistiigi/xx / / in a build stage; its scripts run there, under that stage's shell"],
  },
  {
    id: 'artifact-bin/binary',
    family: 'artifact-bin',
    variant: 'binary',
    ref: 'docker/buildx-bin:0.36',
    description: 'one binary FROM scratch: no shell, no libc',
    size: {
      uncompressed: estimate(5, 80, 'docker/buildx-bin, docker/compose-bin'),
      compressed: null,
      source: "estimate, not read: such images hold a single statically linked binary (a Go CLI is tens of MB), so their size is the binary's",
      date: '2026-12',
      note: null,
    },
    distro: 'none (one binary)',
    libc: 'none',
    compiler: false,
    packageManager: 'none',
    shellPath: null,
    toolchains: [],
    defaultUser: root,
    otherUsers: [],
    entrypoint: null,
    tags: {suffixes: [''], bare: [], loose: []},
    notes: ['meant to be copied from (COPY --from=docker/buildx-bin /buildx …), not built on'],
  },

  {
    id: 'nginx/full',
    family: 'nginx',
    variant: 'full',
    ref: 'nginx:1.31',
    description: 'Debian, NGINX',
    size: {
      uncompressed: estimate(150, 200, 'nginx:latest'),
      compressed: estimate(55, 75, 'nginx:latest'),
      source: 'estimate (nginx:latest was not read)',
      date: repoInfoDate,
      note: null,
    },
    ...debianTraits,
    distro: 'Debian',
    compiler: false,
    toolchains: [],
    defaultUser: root,
    otherUsers: [nginxUser],
    entrypoint: ['/docker-entrypoint.sh'],
    tags: {suffixes: ['', ...debianCodenames], bare: debianCodenames, loose: olderDebianCodenames},
    notes: ['the master process runs as root and the workers as nginx'],
  },
  {
    id: 'nginx/alpine',
    family: 'nginx',
    variant: 'alpine',
    ref: 'nginx:1.31-alpine',
    description: 'Alpine, NGINX',
    size: {
      uncompressed: estimate(65, 75, 'nginx:1.31.6-alpine'),
      compressed: reading(26.3, 'nginx:alpine (1.31.6)'),
      source: estimatedFromCompressed,
      date: repoInfoDate,
      note: 'includes a 20.5 MB (compressed) dynamic-modules layer',
    },
    ...alpineTraits,
    compiler: false,
    toolchains: [],
    defaultUser: root,
    otherUsers: [nginxUser],
    entrypoint: ['/docker-entrypoint.sh'],
    tags: {suffixes: alpineSuffixes, bare: alpineSuffixes, loose: []},
    notes: [],
  },
  {
    id: 'nginx/alpine-slim',
    family: 'nginx',
    variant: 'alpine-slim',
    ref: 'nginx:1.31-alpine-slim',
    description: 'Alpine, NGINX without extra modules',
    size: {
      uncompressed: unknownFigure,
      compressed: approximately(5.8, 'nginx:1.31.6-alpine-slim (derived from the first layers of nginx:alpine)'),
      source: `${repoInfo} remote/alpine.md (derived; uncompressed size not read)`,
      date: repoInfoDate,
      note: 'uncompressed it is larger than alpine (8–9 MB est.), but it was not read',
    },
    ...alpineTraits,
    compiler: false,
    toolchains: [],
    defaultUser: root,
    otherUsers: [nginxUser],
    entrypoint: ['/docker-entrypoint.sh'],
    tags: {suffixes: ['alpine-slim', 'alpine3\\.\\d+-slim'], bare: ['alpine-slim', 'alpine3\\.\\d+-slim'], loose: []},
    notes: [],
  },

  {
    id: 'distroless/static',
    family: 'distroless',
    variant: 'static',
    ref: 'gcr.io/distroless/static-debian13',
    description: 'distroless: no libc, no shell',
    size: {
      uncompressed: approximately(2 * 1.048576, 'gcr.io/distroless/static-debian13'),
      compressed: null,
      source: 'GoogleContainerTools/distroless README ("around 2 MiB"; base-image-sizes.md, additional readings, for static-debian13)',
      date: 'README read 2026-12',
      note: 'the README compares it with debian at 124 MiB, an uncompressed figure, so ~2 MiB is taken as uncompressed',
    },
    ...distrolessTraits,
    libc: 'none',
    toolchains: [],
    entrypoint: null,
    repositories: {exact: ['static', 'static-debian12', 'static-debian13'], loose: ['static-debian\\d+']},
    notes: ['CA certificates, time zone data and /etc/passwd, for statically linked programs (Go with CGO_ENABLED=0)'],
  },
  {
    id: 'distroless/base',
    family: 'distroless',
    variant: 'base',
    ref: 'gcr.io/distroless/base-debian13',
    description: 'distroless: glibc and OpenSSL, no shell',
    size: {
      uncompressed: estimate(20, 25, 'gcr.io/distroless/base-debian12'),
      compressed: estimate(8, 10, 'gcr.io/distroless/base-debian12'),
      source: comparisonPage,
      date: 'mid-2025',
      note: 'the page lists base at ~20 MB',
    },
    ...distrolessTraits,
    libc: 'glibc',
    toolchains: [],
    entrypoint: null,
    repositories: {exact: ['base', 'base-debian12', 'base-debian13'], loose: ['base-debian\\d+']},
    notes: [],
  },
  {
    id: 'distroless/cc',
    family: 'distroless',
    variant: 'cc',
    ref: 'gcr.io/distroless/cc-debian13',
    description: 'distroless: glibc and libstdc++, no shell',
    size: {
      uncompressed: estimate(20, 25, 'gcr.io/distroless/cc-debian12'),
      compressed: estimate(8, 10, 'gcr.io/distroless/cc-debian12'),
      source: comparisonPage,
      date: 'mid-2025',
      note: 'not read separately: the figure is the one given for base and cc together; cc adds libgcc and libstdc++',
    },
    ...distrolessTraits,
    libc: 'glibc',
    toolchains: [],
    entrypoint: null,
    repositories: {exact: ['cc', 'cc-debian12', 'cc-debian13'], loose: ['cc-debian\\d+']},
    notes: [],
  },
  {
    id: 'distroless/nodejs',
    family: 'distroless',
    variant: 'nodejs',
    ref: 'gcr.io/distroless/nodejs24-debian13',
    description: 'distroless: Node.js runtime, no npm, no shell',
    size: {
      uncompressed: estimate(130, 170, 'gcr.io/distroless/nodejs20-debian12, nodejs22-debian12'),
      compressed: estimate(45, 55, 'gcr.io/distroless/nodejs20-debian12, nodejs22-debian12'),
      source: `estimate; ${comparisonPage} lists nodejs20 at ~55 MB`,
      date: 'mid-2025',
      note: null,
    },
    ...distrolessTraits,
    libc: 'glibc',
    toolchains: ['node'],
    entrypoint: ['/nodejs/bin/node'],
    repositories: {
      exact: ['nodejs20-debian12', 'nodejs22-debian12', 'nodejs22-debian13', 'nodejs24-debian13', 'nodejs26-debian13'],
      loose: ['nodejs\\d+-debian\\d+'],
    },
    notes: ['the entrypoint is node, so CMD names the script: CMD ["dist/server.js"]'],
  },
  {
    id: 'distroless/java',
    family: 'distroless',
    variant: 'java',
    ref: 'gcr.io/distroless/java21-debian13',
    description: 'distroless: Java runtime, no shell',
    size: {
      uncompressed: estimate(200, 230, 'gcr.io/distroless/java21-debian12'),
      compressed: estimate(75, 90, 'gcr.io/distroless/java21-debian12'),
      source: `estimate; ${comparisonPage} lists java21 at ~220 MB (likely uncompressed)`,
      date: 'mid-2025',
      note: null,
    },
    ...distrolessTraits,
    libc: 'glibc',
    toolchains: ['jre'],
    entrypoint: ['/usr/bin/java', '-jar'],
    repositories: {exact: ['java21-debian12', 'java17-debian13', 'java21-debian13', 'java25-debian13'], loose: ['java\\d+-debian\\d+']},
    notes: ['the entrypoint is `java -jar`, so CMD names the jar: CMD ["app.jar"]'],
  },
];

export const baseImageCatalog: readonly BaseImageEntry[] = entries.map((entry) => ({
  ...entry,
  label: `${entry.ref} (${entry.description})`,
}));

// ---------------------------------------------------------------------------------------------
// Toolchains and tag suffixes: facts about where things live in the official images.

export interface ToolchainFacts {
  label: string;
  /** Where the toolchain lives in the official images (may hold `*`). */
  paths: readonly string[];
  /** True when it builds (a compiler), false when it only runs programs. */
  compiler: boolean;
  /** What a runtime image needs to run what this toolchain builds: itself or a smaller sibling; [] for a native binary. */
  runtime: readonly Toolchain[];
}

export const toolchainFacts: Readonly<Record<Toolchain, ToolchainFacts>> = {
  'node+npm': {
    label: 'Node.js runtime and npm',
    paths: ['/usr/local/bin/node', '/usr/local/lib/node_modules/npm'],
    compiler: false,
    runtime: ['node+npm', 'node'],
  },
  node: {label: 'Node.js runtime', paths: ['/nodejs'], compiler: false, runtime: ['node+npm', 'node']},
  go: {label: 'Go toolchain (compiler and standard library)', paths: ['/usr/local/go'], compiler: true, runtime: []},
  gcc: {label: 'gcc, make and C headers', paths: ['/usr/bin/gcc', '/usr/lib/gcc', '/usr/include'], compiler: true, runtime: []},
  'python+pip': {label: 'Python interpreter and pip', paths: ['/usr/local/bin/python3', '/usr/local/lib/python3*'], compiler: false, runtime: ['python+pip']},
  'rust+cargo': {label: 'Rust toolchain (rustc, cargo)', paths: ['/usr/local/cargo', '/usr/local/rustup'], compiler: true, runtime: []},
  jdk: {label: 'Java JDK (javac and the runtime)', paths: ['/opt/java/openjdk'], compiler: true, runtime: ['jre', 'jdk']},
  jre: {label: 'Java runtime (JRE)', paths: ['/opt/java/openjdk'], compiler: false, runtime: ['jre', 'jdk']},
  maven: {label: 'Maven', paths: ['/usr/share/maven'], compiler: true, runtime: ['jre', 'jdk']},
  gradle: {label: 'Gradle', paths: ['/opt/gradle'], compiler: true, runtime: ['jre', 'jdk']},
  'ruby+gems': {label: 'Ruby interpreter and RubyGems', paths: ['/usr/local/bin/ruby', '/usr/local/lib/ruby'], compiler: false, runtime: ['ruby+gems']},
  php: {label: 'PHP interpreter', paths: ['/usr/local/bin/php', '/usr/local/lib/php'], compiler: false, runtime: ['php']},
  cuda: {label: 'CUDA libraries', paths: ['/usr/local/cuda*'], compiler: false, runtime: ['cuda']},
};

/**
 * What a tag suffix says on its own, for images the catalog lists no entry for (`-alpine`, a Debian or
 * Ubuntu codename, `-slim`, a libc name). `pattern` is a regular-expression source matched as a whole word of
 * the tag; `{1}` in the texts stands for its first group. The first rule that matches wins.
 */
export interface TagTraitRule {
  pattern: string;
  variant: string;
  description: string;
  distro?: string;
  traits: Omit<CommonTraits, 'distro'>;
}

const aptTraits = {libc: 'glibc', packageManager: 'apt', shellPath: sh} as const;

export const tagTraitRules: readonly TagTraitRule[] = [
  {
    pattern: 'alpine',
    variant: 'alpine',
    description: 'Alpine-based by its tag: musl, apk',
    distro: 'Alpine Linux',
    traits: {libc: 'musl', packageManager: 'apk', shellPath: sh},
  },
  {
    pattern: '(buster|bullseye|bookworm|trixie|forky)-slim|slim-(buster|bullseye|bookworm|trixie|forky)',
    variant: 'slim',
    description: 'Debian {1} slim by its tag: glibc, apt',
    distro: 'Debian ({1})',
    traits: aptTraits,
  },
  {
    pattern: '(buster|bullseye|bookworm|trixie|forky)',
    variant: '{1}',
    description: 'Debian {1} by its tag: glibc, apt',
    distro: 'Debian ({1})',
    traits: aptTraits,
  },
  {pattern: '(focal|jammy|noble|resolute)', variant: '{1}', description: 'Ubuntu {1} by its tag: glibc, apt', distro: 'Ubuntu ({1})', traits: aptTraits},
  {pattern: 'slim', variant: 'slim', description: 'slim by its tag: glibc', traits: {libc: 'glibc'}},
  {pattern: 'musl', variant: 'musl', description: 'musl by its tag', traits: {libc: 'musl'}},
  {pattern: 'glibc', variant: 'glibc', description: 'glibc by its tag', traits: {libc: 'glibc'}},
  {pattern: 'uclibc', variant: 'uclibc', description: 'uclibc by its tag', traits: {libc: 'uclibc'}},
];

/** Where distributions keep the CA certificate bundle (a copy of one of these brings CA certificates). */
export const caCertificatePaths: readonly string[] = [
  '/etc/ssl/certs',
  '/etc/ssl/certs/ca-certificates.crt',
  '/etc/ssl/cert.pem',
  '/etc/pki',
  '/etc/ca-certificates',
  '/usr/share/ca-certificates',
];
