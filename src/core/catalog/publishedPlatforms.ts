import {dockerHub, parseImageReference} from '../model/parseImageReference';
import type {Platform} from '../model/predefinedArgs';

/**
 * The platforms Docker official images are published for, as data, and a look-up by image reference.
 * Plain data and pure functions: no I/O.
 *
 * Source: docker-library/official-images `library/<image>` files (the `Architectures:` of each `Tags:` and
 * `SharedTags:` entry; an entry without one has the file's default, amd64), read from the stored snapshot of
 * 2026-08-21 (commit 37079fb). Patch-level, date-stamped and pre-release tags are left out to keep the table
 * small; a tag the table does not list is unknown, and an unknown tag never leads to a diagnostic.
 * The same repository's README ("Architectures other than amd64?") says every tag is published as an OCI
 * image index holding one manifest per architecture, and that each architecture also has its own
 * repository (`arm64v8/alpine`), whose tags hold that one architecture.
 */
const platformSource = 'docker-library/official-images library/<image> "Architectures:" (stored snapshot 2026-08-21, commit 37079fb)';
const platformChecked = '2026-12-03';

/** The official-images architecture names and the OCI platform each one's index entry carries. */
const architectures: Readonly<Record<string, Platform>> = {
  amd64: {os: 'linux', architecture: 'amd64', variant: ''},
  arm32v5: {os: 'linux', architecture: 'arm', variant: 'v5'},
  arm32v6: {os: 'linux', architecture: 'arm', variant: 'v6'},
  arm32v7: {os: 'linux', architecture: 'arm', variant: 'v7'},
  arm64v8: {os: 'linux', architecture: 'arm64', variant: 'v8'},
  i386: {os: 'linux', architecture: '386', variant: ''},
  mips64le: {os: 'linux', architecture: 'mips64le', variant: ''},
  ppc64le: {os: 'linux', architecture: 'ppc64le', variant: ''},
  riscv64: {os: 'linux', architecture: 'riscv64', variant: ''},
  s390x: {os: 'linux', architecture: 's390x', variant: ''},
  'windows-amd64': {os: 'windows', architecture: 'amd64', variant: ''},
};

/** Per image: [architectures, tags], each a space-separated list. */
const table: Readonly<Record<string, ReadonlyArray<readonly [string, string]>>> = {
  alpine: [['amd64 arm32v6 arm32v7 arm64v8 i386 ppc64le riscv64 s390x', '20260805 edge 3.24 3 latest 3.23 3.22 3.21']],
  debian: [
    [
      'amd64 arm32v7 arm64v8 i386 ppc64le',
      'bookworm 12.15 12 bookworm-backports bookworm-slim 12.15-slim 12-slim oldstable oldstable-backports oldstable-slim',
    ],
    ['amd64 arm32v7 arm64v8 i386', 'bullseye 11.11 11 bullseye-slim 11.11-slim 11-slim oldoldstable oldoldstable-slim'],
    [
      'amd64 arm32v7 arm64v8 i386 ppc64le riscv64 s390x',
      'experimental forky forky-backports forky-slim rc-buggy sid sid-slim testing testing-backports testing-slim unstable unstable-slim',
    ],
    [
      'amd64 arm32v5 arm32v7 arm64v8 i386 ppc64le riscv64 s390x',
      'stable stable-backports stable-slim trixie 13.6 13 latest trixie-backports trixie-slim 13.6-slim 13-slim',
    ],
  ],
  ubuntu: [['amd64 arm32v7 arm64v8 ppc64le riscv64 s390x', '22.04 jammy 24.04 noble 26.04 resolute latest rolling 26.10 stonking devel']],
  node: [
    [
      'amd64 arm64v8',
      '26-alpine3.23 26.7-alpine3.23 alpine3.23 current-alpine3.23 26-alpine 26-alpine3.24 26.7-alpine 26.7-alpine3.24 alpine alpine3.24 current-alpine current-alpine3.24 26-bullseye 26.7-bullseye bullseye current-bullseye 26-bullseye-slim 26.7-bullseye-slim bullseye-slim current-bullseye-slim 24-bullseye 24.19-bullseye krypton-bullseye lts-bullseye 24-bullseye-slim 24.19-bullseye-slim krypton-bullseye-slim lts-bullseye-slim',
    ],
    [
      'amd64 arm64v8 ppc64le',
      '26-bookworm 26.7-bookworm bookworm current-bookworm 26-bookworm-slim 26.7-bookworm-slim bookworm-slim current-bookworm-slim 24 24-bookworm 24.19 24.19-bookworm krypton krypton-bookworm lts lts-bookworm lts-krypton 24-bookworm-slim 24-slim 24.19-bookworm-slim 24.19-slim krypton-bookworm-slim krypton-slim lts-bookworm-slim lts-slim',
    ],
    [
      'amd64 arm64v8 ppc64le s390x',
      '26 26-trixie 26.7 26.7-trixie current current-trixie latest trixie 26-slim 26-trixie-slim 26.7-slim 26.7-trixie-slim current-slim current-trixie-slim slim trixie-slim 24-trixie 24.19-trixie krypton-trixie lts-trixie 24-trixie-slim 24.19-trixie-slim krypton-trixie-slim lts-trixie-slim 22-trixie 22.23-trixie jod-trixie 22-trixie-slim 22.23-trixie-slim jod-trixie-slim',
    ],
    [
      'amd64 arm64v8 s390x',
      '24-alpine3.23 24.19-alpine3.23 krypton-alpine3.23 lts-alpine3.23 24-alpine 24-alpine3.24 24.19-alpine 24.19-alpine3.24 krypton-alpine krypton-alpine3.24 lts-alpine lts-alpine3.24',
    ],
    [
      'amd64 arm32v6 arm32v7 arm64v8 s390x',
      '22-alpine3.23 22.23-alpine3.23 jod-alpine3.23 22-alpine 22-alpine3.24 22.23-alpine 22.23-alpine3.24 jod-alpine jod-alpine3.24',
    ],
    [
      'amd64 arm32v7 arm64v8 ppc64le',
      '22 22-bookworm 22.23 22.23-bookworm jod jod-bookworm 22-bookworm-slim 22-slim 22.23-bookworm-slim 22.23-slim jod-bookworm-slim jod-slim',
    ],
    ['amd64 arm32v7 arm64v8', '22-bullseye 22.23-bullseye jod-bullseye 22-bullseye-slim 22.23-bullseye-slim jod-bullseye-slim'],
  ],
  golang: [
    ['amd64 arm32v7 arm64v8 i386 ppc64le riscv64 s390x', '1.27-trixie 1-trixie trixie 1.26-trixie tip-trixie tip'],
    ['amd64 arm32v7 arm64v8 i386 ppc64le riscv64 s390x windows-amd64', '1.27 1 latest 1.26'],
    ['amd64 arm32v7 arm64v8 i386 ppc64le', '1.27-bookworm 1-bookworm bookworm 1.26-bookworm tip-bookworm'],
    [
      'amd64 arm32v6 arm32v7 arm64v8 i386 ppc64le riscv64 s390x',
      '1.27-alpine3.24 1-alpine3.24 alpine3.24 1.27-alpine 1-alpine alpine 1.27-alpine3.23 1-alpine3.23 alpine3.23 1.26-alpine3.24 1.26-alpine 1.26-alpine3.23 tip-alpine3.24 tip-alpine tip-alpine3.23',
    ],
    [
      'windows-amd64',
      '1.27-windowsservercore-ltsc2025 1-windowsservercore-ltsc2025 windowsservercore-ltsc2025 1.27-windowsservercore 1-windowsservercore windowsservercore 1.27-windowsservercore-ltsc2022 1-windowsservercore-ltsc2022 windowsservercore-ltsc2022 1.27-nanoserver-ltsc2025 1-nanoserver-ltsc2025 nanoserver-ltsc2025 1.27-nanoserver 1-nanoserver nanoserver 1.27-nanoserver-ltsc2022 1-nanoserver-ltsc2022 nanoserver-ltsc2022 1.26-windowsservercore-ltsc2025 1.26-windowsservercore 1.26-windowsservercore-ltsc2022 1.26-nanoserver-ltsc2025 1.26-nanoserver 1.26-nanoserver-ltsc2022',
    ],
  ],
  python: [
    [
      'amd64 arm32v5 arm32v7 arm64v8 i386 ppc64le riscv64 s390x',
      '3.15-rc-trixie 3.15-rc-slim-trixie 3.15-rc-slim 3.14-trixie 3-trixie trixie 3.14-slim-trixie 3-slim-trixie slim-trixie 3.14-slim 3-slim slim 3.13-trixie 3.13-slim-trixie 3.13-slim 3.12-trixie 3.12 3.12-slim-trixie 3.12-slim 3.11-trixie 3.11 3.11-slim-trixie 3.11-slim 3.10-trixie 3.10 3.10-slim-trixie 3.10-slim',
    ],
    ['amd64 arm32v5 arm32v7 arm64v8 i386 ppc64le riscv64 s390x windows-amd64', '3.15-rc 3.14 3 latest 3.13'],
    [
      'amd64 arm32v7 arm64v8 i386 ppc64le',
      '3.15-rc-bookworm 3.15-rc-slim-bookworm 3.14-bookworm 3-bookworm bookworm 3.14-slim-bookworm 3-slim-bookworm slim-bookworm 3.13-bookworm 3.13-slim-bookworm 3.12-bookworm 3.12-slim-bookworm 3.11-bookworm 3.11-slim-bookworm 3.10-bookworm 3.10-slim-bookworm',
    ],
    [
      'amd64 arm32v6 arm32v7 arm64v8 i386 ppc64le riscv64 s390x',
      '3.15-rc-alpine3.24 3.15-rc-alpine 3.15-rc-alpine3.23 3.14-alpine3.24 3-alpine3.24 alpine3.24 3.14-alpine 3-alpine alpine 3.14-alpine3.23 3-alpine3.23 alpine3.23 3.13-alpine3.24 3.13-alpine 3.13-alpine3.23 3.12-alpine3.24 3.12-alpine 3.12-alpine3.23 3.11-alpine3.24 3.11-alpine 3.11-alpine3.23 3.10-alpine3.24 3.10-alpine 3.10-alpine3.23',
    ],
    [
      'windows-amd64',
      '3.15-rc-windowsservercore-ltsc2025 3.15-rc-windowsservercore 3.15-rc-windowsservercore-ltsc2022 3.14-windowsservercore-ltsc2025 3-windowsservercore-ltsc2025 windowsservercore-ltsc2025 3.14-windowsservercore 3-windowsservercore windowsservercore 3.14-windowsservercore-ltsc2022 3-windowsservercore-ltsc2022 windowsservercore-ltsc2022 3.13-windowsservercore-ltsc2025 3.13-windowsservercore 3.13-windowsservercore-ltsc2022',
    ],
  ],
  rust: [
    ['amd64 arm32v7 arm64v8 i386', '1-bullseye 1.98-bullseye bullseye 1-slim-bullseye 1.98-slim-bullseye slim-bullseye'],
    ['amd64 arm32v7 arm64v8 i386 ppc64le', '1-bookworm 1.98-bookworm bookworm 1-slim-bookworm 1.98-slim-bookworm slim-bookworm'],
    [
      'amd64 arm32v7 arm64v8 i386 ppc64le riscv64 s390x',
      '1-trixie 1.98-trixie trixie 1 1.98 latest 1-slim-trixie 1.98-slim-trixie slim-trixie 1-slim 1.98-slim slim',
    ],
    [
      'amd64 arm64v8 ppc64le',
      '1-alpine3.21 1.98-alpine3.21 alpine3.21 1-alpine3.22 1.98-alpine3.22 alpine3.22 1-alpine3.23 1.98-alpine3.23 alpine3.23 1-alpine3.24 1.98-alpine3.24 alpine3.24 1-alpine 1.98-alpine alpine',
    ],
  ],
  'eclipse-temurin': [
    [
      'amd64',
      '8-jdk-alpine-3.24 8-alpine-3.24 8-jdk-alpine 8-alpine 8-jdk-alpine-3.23 8-alpine-3.23 8-jdk-alpine-3.22 8-alpine-3.22 8-jdk-alpine-3.21 8-alpine-3.21 8-jre-alpine-3.24 8-jre-alpine 8-jre-alpine-3.23 8-jre-alpine-3.22 8-jre-alpine-3.21 11-jdk-alpine-3.24 11-alpine-3.24 11-jdk-alpine 11-alpine 11-jdk-alpine-3.23 11-alpine-3.23 11-jdk-alpine-3.22 11-alpine-3.22 11-jdk-alpine-3.21 11-alpine-3.21 11-jre-alpine-3.24 11-jre-alpine 11-jre-alpine-3.23 11-jre-alpine-3.22 11-jre-alpine-3.21 17-jdk-alpine-3.24 17-alpine-3.24 17-jdk-alpine 17-alpine 17-jdk-alpine-3.23 17-alpine-3.23 17-jdk-alpine-3.22 17-alpine-3.22 17-jdk-alpine-3.21 17-alpine-3.21 17-jre-alpine-3.24 17-jre-alpine 17-jre-alpine-3.23 17-jre-alpine-3.22 17-jre-alpine-3.21',
    ],
    [
      'amd64 arm64v8 ppc64le',
      '8-jdk-resolute 8-resolute 8-jdk-noble 8-noble 8-jdk-jammy 8-jammy 8-jdk-ubi10-minimal 8-ubi10-minimal 8-jdk-ubi9-minimal 8-ubi9-minimal 8-jre-resolute 8-jre-noble 8-jre-jammy 8-jre-ubi10-minimal 8-jre-ubi9-minimal',
    ],
    ['amd64 arm64v8 ppc64le windows-amd64', '8-jdk 8 8-jre'],
    [
      'windows-amd64',
      '8-jdk-windowsservercore-ltsc2022 8-windowsservercore-ltsc2022 8-jdk-windowsservercore 8-windowsservercore 8-jdk-nanoserver-ltsc2022 8-nanoserver-ltsc2022 8-jdk-nanoserver 8-nanoserver 8-jdk-windowsservercore-ltsc2025 8-windowsservercore-ltsc2025 8-jdk-nanoserver-ltsc2025 8-nanoserver-ltsc2025 8-jre-windowsservercore-ltsc2022 8-jre-windowsservercore 8-jre-nanoserver-ltsc2022 8-jre-nanoserver 8-jre-windowsservercore-ltsc2025 8-jre-nanoserver-ltsc2025 11-jdk-windowsservercore-ltsc2022 11-windowsservercore-ltsc2022 11-jdk-windowsservercore 11-windowsservercore 11-jdk-nanoserver-ltsc2022 11-nanoserver-ltsc2022 11-jdk-nanoserver 11-nanoserver 11-jdk-windowsservercore-ltsc2025 11-windowsservercore-ltsc2025 11-jdk-nanoserver-ltsc2025 11-nanoserver-ltsc2025 11-jre-windowsservercore-ltsc2022 11-jre-windowsservercore 11-jre-nanoserver-ltsc2022 11-jre-nanoserver 11-jre-windowsservercore-ltsc2025 11-jre-nanoserver-ltsc2025 17-jdk-windowsservercore-ltsc2022 17-windowsservercore-ltsc2022 17-jdk-windowsservercore 17-windowsservercore 17-jdk-nanoserver-ltsc2022 17-nanoserver-ltsc2022 17-jdk-nanoserver 17-nanoserver 17-jdk-windowsservercore-ltsc2025 17-windowsservercore-ltsc2025 17-jdk-nanoserver-ltsc2025 17-nanoserver-ltsc2025 17-jre-windowsservercore-ltsc2022 17-jre-windowsservercore 17-jre-nanoserver-ltsc2022 17-jre-nanoserver 17-jre-windowsservercore-ltsc2025 17-jre-nanoserver-ltsc2025 21-jdk-windowsservercore-ltsc2022 21-windowsservercore-ltsc2022 21-jdk-windowsservercore 21-windowsservercore 21-jdk-nanoserver-ltsc2022 21-nanoserver-ltsc2022 21-jdk-nanoserver 21-nanoserver 21-jdk-windowsservercore-ltsc2025 21-windowsservercore-ltsc2025 21-jdk-nanoserver-ltsc2025 21-nanoserver-ltsc2025 21-jre-windowsservercore-ltsc2022 21-jre-windowsservercore 21-jre-nanoserver-ltsc2022 21-jre-nanoserver 21-jre-windowsservercore-ltsc2025 21-jre-nanoserver-ltsc2025 25-jdk-windowsservercore-ltsc2022 25-windowsservercore-ltsc2022 25-jdk-windowsservercore 25-windowsservercore 25-jdk-nanoserver-ltsc2022 25-nanoserver-ltsc2022 25-jdk-nanoserver 25-nanoserver 25-jdk-windowsservercore-ltsc2025 25-windowsservercore-ltsc2025 25-jdk-nanoserver-ltsc2025 25-nanoserver-ltsc2025 25-jre-windowsservercore-ltsc2022 25-jre-windowsservercore 25-jre-nanoserver-ltsc2022 25-jre-nanoserver 25-jre-windowsservercore-ltsc2025 25-jre-nanoserver-ltsc2025 26-jdk-windowsservercore-ltsc2022 26-windowsservercore-ltsc2022 26-jdk-windowsservercore 26-windowsservercore 26-jdk-nanoserver-ltsc2022 26-nanoserver-ltsc2022 26-jdk-nanoserver 26-nanoserver 26-jdk-windowsservercore-ltsc2025 26-windowsservercore-ltsc2025 26-jdk-nanoserver-ltsc2025 26-nanoserver-ltsc2025 26-jre-windowsservercore-ltsc2022 26-jre-windowsservercore 26-jre-nanoserver-ltsc2022 26-jre-nanoserver 26-jre-windowsservercore-ltsc2025 26-jre-nanoserver-ltsc2025',
    ],
    [
      'amd64 arm32v7 arm64v8 ppc64le s390x',
      '11-jdk-resolute 11-resolute 11-jdk-noble 11-noble 11-jdk-jammy 11-jammy 11-jre-resolute 11-jre-noble 11-jre-jammy 17-jdk-resolute 17-resolute 17-jdk-jammy 17-jammy 17-jre-resolute 17-jre-jammy',
    ],
    ['amd64 arm32v7 arm64v8 ppc64le s390x windows-amd64', '11-jdk 11 11-jre 17-jdk 17 17-jre'],
    [
      'amd64 arm64v8 ppc64le s390x',
      '11-jdk-ubi10-minimal 11-ubi10-minimal 11-jdk-ubi9-minimal 11-ubi9-minimal 11-jre-ubi10-minimal 11-jre-ubi9-minimal 17-jdk-ubi10-minimal 17-ubi10-minimal 17-jdk-ubi9-minimal 17-ubi9-minimal 17-jre-ubi10-minimal 17-jre-ubi9-minimal 21-jdk-resolute 21-resolute 21-jdk-jammy 21-jammy 21-jdk-ubi10-minimal 21-ubi10-minimal 21-jdk-ubi9-minimal 21-ubi9-minimal 21-jre-resolute 21-jre-jammy 21-jre-ubi10-minimal 21-jre-ubi9-minimal 25-jdk-resolute 25-resolute 25-jdk-jammy 25-jammy 25-jdk-ubi10-minimal 25-ubi10-minimal 25-jre-resolute 25-jre-jammy 25-jre-ubi10-minimal 26-jdk-resolute 26-resolute 26-jdk-jammy 26-jammy 26-jdk-ubi10-minimal 26-ubi10-minimal 26-jre-resolute 26-jre-jammy 26-jre-ubi10-minimal',
    ],
    ['amd64 arm32v7 arm64v8 ppc64le riscv64 s390x', '17-jdk-noble 17-noble 17-jre-noble'],
    [
      'amd64 arm64v8',
      '21-jdk-alpine-3.24 21-alpine-3.24 21-jdk-alpine 21-alpine 21-jdk-alpine-3.23 21-alpine-3.23 21-jdk-alpine-3.22 21-alpine-3.22 21-jdk-alpine-3.21 21-alpine-3.21 21-jre-alpine-3.24 21-jre-alpine 21-jre-alpine-3.23 21-jre-alpine-3.22 21-jre-alpine-3.21 25-jdk-alpine-3.24 25-alpine-3.24 25-jdk-alpine 25-alpine 25-jdk-alpine-3.23 25-alpine-3.23 25-jdk-alpine-3.22 25-alpine-3.22 25-jdk-alpine-3.21 25-alpine-3.21 25-jre-alpine-3.24 25-jre-alpine 25-jre-alpine-3.23 25-jre-alpine-3.22 25-jre-alpine-3.21 26-jdk-alpine-3.24 26-alpine-3.24 26-jdk-alpine 26-alpine 26-jdk-alpine-3.23 26-alpine-3.23 26-jre-alpine-3.24 26-jre-alpine 26-jre-alpine-3.23',
    ],
    ['amd64 arm64v8 ppc64le s390x windows-amd64', '21-jdk 21 21-jre 25-jdk 25 latest 25-jre 26-jdk 26 26-jre'],
    ['amd64 arm64v8 ppc64le riscv64 s390x', '21-jdk-noble 21-noble 21-jre-noble 25-jdk-noble 25-noble 25-jre-noble 26-jdk-noble 26-noble 26-jre-noble'],
  ],
  nginx: [
    [
      'amd64 arm32v5 arm32v7 arm64v8 i386 ppc64le riscv64 s390x',
      'mainline 1 1.31 latest mainline-trixie 1-trixie 1.31-trixie trixie mainline-perl 1-perl 1.31-perl perl mainline-trixie-perl 1-trixie-perl 1.31-trixie-perl trixie-perl stable 1.30 stable-trixie 1.30-trixie stable-perl 1.30-perl stable-trixie-perl 1.30-trixie-perl',
    ],
    [
      'amd64 arm64v8',
      'mainline-otel 1-otel 1.31-otel otel mainline-trixie-otel 1-trixie-otel 1.31-trixie-otel trixie-otel mainline-alpine-otel 1-alpine-otel 1.31-alpine-otel alpine-otel mainline-alpine3.24-otel 1-alpine3.24-otel 1.31-alpine3.24-otel alpine3.24-otel stable-otel 1.30-otel stable-trixie-otel 1.30-trixie-otel stable-alpine-otel 1.30-alpine-otel stable-alpine3.24-otel 1.30-alpine3.24-otel',
    ],
    [
      'amd64 arm32v6 arm32v7 arm64v8 i386 ppc64le riscv64 s390x',
      'mainline-alpine 1-alpine 1.31-alpine alpine mainline-alpine3.24 1-alpine3.24 1.31-alpine3.24 alpine3.24 mainline-alpine-perl 1-alpine-perl 1.31-alpine-perl alpine-perl mainline-alpine3.24-perl 1-alpine3.24-perl 1.31-alpine3.24-perl alpine3.24-perl mainline-alpine-slim 1-alpine-slim 1.31-alpine-slim alpine-slim mainline-alpine3.24-slim 1-alpine3.24-slim 1.31-alpine3.24-slim alpine3.24-slim stable-alpine 1.30-alpine stable-alpine3.24 1.30-alpine3.24 stable-alpine-perl 1.30-alpine-perl stable-alpine3.24-perl 1.30-alpine3.24-perl stable-alpine-slim 1.30-alpine-slim stable-alpine3.24-slim 1.30-alpine3.24-slim',
    ],
  ],
  ruby: [
    [
      'amd64 arm32v5 arm32v7 arm64v8 i386 ppc64le riscv64 s390x',
      '4.0-trixie 4-trixie trixie 4.0 4 latest 4.0-slim-trixie 4-slim-trixie slim-trixie 4.0-slim 4-slim slim 3.4-trixie 3-trixie 3.4 3 3.4-slim-trixie 3-slim-trixie 3.4-slim 3-slim 3.3-trixie 3.3 3.3-slim-trixie 3.3-slim',
    ],
    [
      'amd64 arm32v7 arm64v8 i386 ppc64le',
      '4.0-bookworm 4-bookworm bookworm 4.0-slim-bookworm 4-slim-bookworm slim-bookworm 3.4-bookworm 3-bookworm 3.4-slim-bookworm 3-slim-bookworm 3.3-bookworm 3.3-slim-bookworm',
    ],
    [
      'amd64 arm32v6 arm32v7 arm64v8 i386 ppc64le riscv64 s390x',
      '4.0-alpine3.24 4-alpine3.24 alpine3.24 4.0-alpine 4-alpine alpine 4.0-alpine3.23 4-alpine3.23 alpine3.23 3.4-alpine3.24 3-alpine3.24 3.4-alpine 3-alpine 3.4-alpine3.23 3-alpine3.23 3.3-alpine3.24 3.3-alpine 3.3-alpine3.23',
    ],
  ],
  postgres: [
    [
      'amd64 arm32v5 arm32v7 arm64v8 i386 ppc64le riscv64 s390x',
      '18.6 18 latest 18.6-trixie 18-trixie trixie 17.11 17 17.11-trixie 17-trixie 16.15 16 16.15-trixie 16-trixie 15.19 15 15.19-trixie 15-trixie 14.24 14 14.24-trixie 14-trixie',
    ],
    [
      'amd64 arm32v7 arm64v8 i386 ppc64le',
      '18.6-bookworm 18-bookworm bookworm 17.11-bookworm 17-bookworm 16.15-bookworm 16-bookworm 15.19-bookworm 15-bookworm 14.24-bookworm 14-bookworm',
    ],
    [
      'amd64 arm32v6 arm32v7 arm64v8 i386 ppc64le riscv64 s390x',
      '18.6-alpine3.24 18-alpine3.24 alpine3.24 18.6-alpine 18-alpine alpine 18.6-alpine3.23 18-alpine3.23 alpine3.23 17.11-alpine3.24 17-alpine3.24 17.11-alpine 17-alpine 17.11-alpine3.23 17-alpine3.23 16.15-alpine3.24 16-alpine3.24 16.15-alpine 16-alpine 16.15-alpine3.23 16-alpine3.23 15.19-alpine3.24 15-alpine3.24 15.19-alpine 15-alpine 15.19-alpine3.23 15-alpine3.23 14.24-alpine3.24 14-alpine3.24 14.24-alpine 14-alpine 14.24-alpine3.23 14-alpine3.23',
    ],
  ],
  docker: [
    ['amd64 arm32v6 arm32v7 arm64v8', '29.7-cli 29-cli cli 29.7-dind 29-dind dind 29.7 29 latest'],
    ['amd64 arm64v8', '29.7-dind-rootless 29-dind-rootless dind-rootless'],
    [
      'windows-amd64',
      '29.7-windowsservercore-ltsc2025 29-windowsservercore-ltsc2025 windowsservercore-ltsc2025 29.7-windowsservercore 29-windowsservercore windowsservercore 29.7-windowsservercore-ltsc2022 29-windowsservercore-ltsc2022 windowsservercore-ltsc2022',
    ],
  ],
  busybox: [
    ['amd64 arm32v5 arm32v7 arm64v8 i386 ppc64le riscv64 s390x', '1.38-glibc 1-glibc unstable-glibc glibc 1.37-glibc'],
    ['amd64 arm32v5 arm32v7 arm64v8 i386 riscv64', '1.38-uclibc 1-uclibc unstable-uclibc uclibc 1.37-uclibc'],
    ['amd64 arm32v6 arm32v7 arm64v8 i386 ppc64le riscv64 s390x', '1.38-musl 1-musl unstable-musl musl 1.37-musl'],
    ['amd64 arm32v5 arm32v6 arm32v7 arm64v8 i386 ppc64le riscv64 s390x', '1.38 1 unstable latest 1.37'],
  ],
};

/** What an image index holds: the platforms of its manifests, in the index's architecture order. */
export interface PublishedPlatforms {
  /** The reference as given. */
  reference: string;
  /** `docker.io/library/alpine:3.24`: the name BuildKit resolves. */
  normalized: string;
  platforms: readonly Platform[];
  /** The architecture repository (`arm64v8`) the reference names, or null for the image's own repository. */
  architectureRepository: string | null;
  source: string;
  /** When the source was read. */
  checked: string;
}

let index: Map<string, Map<string, readonly string[]>> | null = null;

/** image → tag → architectures, built once from the table. */
function tagIndex(): Map<string, Map<string, readonly string[]>> {
  if (index !== null) return index;
  index = new Map();
  for (const [image, groups] of Object.entries(table)) {
    const tags = new Map<string, readonly string[]>();
    for (const [names, tagList] of groups) for (const tag of tagList.split(' ')) tags.set(tag, names.split(' '));
    index.set(image, tags);
  }
  return index;
}

const remembered = new Map<string, PublishedPlatforms | null>();

/**
 * The platforms the image index `imageRef` names is published for, or null when the table cannot tell: not
 * a Docker Hub official image it lists (or one of their architecture repositories), a tag it does not list,
 * or a digest (which may name a single manifest rather than the index). Remembered, as the table's answer
 * for a reference never changes; the result is shared.
 */
export function publishedPlatforms(imageRef: string): PublishedPlatforms | null {
  let found = remembered.get(imageRef);
  if (found === undefined) {
    found = lookUpPlatforms(imageRef);
    // Shared between callers and analyses: frozen, so a caller that changed it would fail at once.
    if (found !== null) Object.freeze(found);
    if (remembered.size >= 256) remembered.clear();
    remembered.set(imageRef, found);
  }
  return found;
}

function lookUpPlatforms(imageRef: string): PublishedPlatforms | null {
  const parsed = parseImageReference(imageRef);
  if (!parsed.ok || parsed.reference.registry !== dockerHub || parsed.reference.digest !== null) return null;
  const {path} = parsed.reference;
  const tag = parsed.reference.tag ?? 'latest';
  const [owner, name] = path.split('/') as [string, string | undefined];
  const architectureRepository = owner !== 'library' && owner !== 'windows-amd64' && Object.hasOwn(architectures, owner) ? owner : null;
  if (name === undefined || path.split('/').length !== 2 || (owner !== 'library' && architectureRepository === null)) return null;
  const published = tagIndex().get(name)?.get(tag);
  if (published === undefined) return null;
  if (architectureRepository !== null && !published.includes(architectureRepository)) return null;
  const names = architectureRepository !== null ? [architectureRepository] : published;
  return {
    reference: imageRef,
    normalized: `${dockerHub}/${path}:${tag}`,
    platforms: names.map((architecture) => architectures[architecture]!),
    architectureRepository,
    source: platformSource,
    checked: platformChecked,
  };
}
