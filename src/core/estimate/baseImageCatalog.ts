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
export type Toolchain = 'node+npm' | 'node' | 'go' | 'gcc' | 'python+pip' | 'rust+cargo' | 'jdk' | 'jre' | 'maven';

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
  /** The official image's name (Docker Hub `library/<name>`). */
  name: string;
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

const root: ImageUser = {name: 'root', uid: 0};
const nodeUser: ImageUser = {name: 'node', uid: 1000};
const nginxUser: ImageUser = {name: 'nginx', uid: 101};
const nonroot: ImageUser = {name: 'nonroot', uid: 65532};
const nobody: ImageUser = {name: 'nobody', uid: 65534};

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
  distro: 'Debian 12, distroless',
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
    versionLines: '1(?:\\.97(?:\\.\\d+)?)?',
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
      uncompressed: unknownFigure,
      compressed: null,
      source: 'not read (base-image-sizes.md lists only the glibc build)',
      date: repoInfoDate,
      note: null,
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
      source: 'not read (base-image-sizes.md lists only the glibc build)',
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
      uncompressed: reading(234, 'node:24-trixie-slim'),
      compressed: reading(84.6, 'node:slim (26.5.0)'),
      source: `${repoInfo} local/24-trixie-slim.md (uncompressed) and remote/slim.md (compressed)`,
      date: repoInfoDate,
      note: 'Node.js layer 54.8 MB compressed',
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
      uncompressed: estimate(850, 900, 'golang:1.26.5-trixie'),
      compressed: reading(312.3, 'golang:latest (1.26.5, trixie)'),
      source: estimatedFromCompressed,
      date: repoInfoDate,
      note: 'gcc/libc-dev layer 102.3 MB and Go layer 67.3 MB, compressed',
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
      uncompressed: estimate(115, 125, 'python:3.14.7-slim'),
      compressed: reading(43.4, 'python:slim (3.14.7)'),
      source: estimatedFromCompressed,
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
    ref: 'rust:1.97',
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
    ref: 'rust:1.97-slim',
    description: 'Debian slim, Rust toolchain and gcc',
    size: {
      uncompressed: estimate(850, 900, 'rust:1.97.1-slim'),
      compressed: reading(323.1, 'rust:slim (1.97.1)'),
      source: estimatedFromCompressed,
      date: repoInfoDate,
      note: 'toolchain layer 293.3 MB compressed',
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
      uncompressed: unknownFigure,
      compressed: null,
      source: 'not read (base-image-sizes.md has no figure for the Alpine builds)',
      date: repoInfoDate,
      note: null,
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
      uncompressed: unknownFigure,
      compressed: null,
      source: 'not read (base-image-sizes.md has no figure for the Alpine builds)',
      date: repoInfoDate,
      note: null,
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
      uncompressed: approximately(2 * 1.048576, 'gcr.io/distroless/static-debian11'),
      compressed: null,
      source: 'GoogleContainerTools/distroless README ("around 2 MiB", debian11 era)',
      date: 'undated README (debian11 era), read 2026',
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
