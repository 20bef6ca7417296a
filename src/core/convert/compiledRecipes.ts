/** Go, Rust and Java: one artifact built in the build stage, copied alone into a runtime base (docs/tutorial/09-recipes). */

import {globMatches, isInside} from '../contents/paths';
import {splitShellCommands} from '../contents/shell';
import {writeBuildStage} from './buildStage';
import {chapters, envSteps, pinnedBase, startNeedsShell, writeStart, type Draft} from './draft';
import type {StageReading} from './readStage';

/** The start command's file when the build wrote it (as the model lists build output), else the reason. */
function builtStartFile(reading: StageReading, match: (candidate: string, output: string) => boolean): {path: string} | {reason: string} {
  const start = reading.start.startFile;
  if (start.kind !== 'file') return {reason: `the start command names no file Stagecraft can follow (${start.reason})`};
  const outputs = reading.items.filter((item) => item.category === 'build-output').flatMap((item) => item.paths);
  for (const candidate of start.candidates) if (outputs.some((output) => match(candidate, output))) return {path: candidate};
  return {reason: `${start.shown} is not a file the build writes, so Stagecraft cannot tell which file the runtime needs`};
}

const noShellNote =
  'The distroless runtime has no shell: check that your program starts no shell commands itself, and debug it with a debug image rather than docker exec sh.';

const exactOrInside = (candidate: string, output: string): boolean => candidate === output || isInside(candidate, output);

/** Whether the Go build keeps cgo on: CGO_ENABLED=1 on the command or in the stage's ENV/ARG. */
function wantsCgo(reading: StageReading): boolean {
  return reading.steps.some((read) => {
    const instruction = read.step.instruction;
    if (read.role !== 'build' && read.role !== 'install-build') return false;
    if (read.step.env.get('CGO_ENABLED') === '1') return true;
    return instruction.kind === 'run' && splitShellCommands(instruction.command).some((command) => command.env.CGO_ENABLED === '1');
  });
}

function writeRuntimeFiles(draft: Draft, reading: StageReading, file: string, what: string): void {
  if (reading.workdir !== '/')
    draft.add('The same WORKDIR as before, so relative paths in the start command still work.', chapters.lastStage, `WORKDIR ${reading.workdir}`);
  for (const read of envSteps(reading.steps))
    draft.add('Your environment settings, which the program may read at run time.', chapters.lastStage, ...draft.original(read.step.instruction));
  draft.add(`Only ${what} is copied from the build stage, to the path your start command uses.`, chapters.copyFrom, `COPY --from=build ${file} ${file}`);
}

function goRuntime(reading: StageReading, cgo: boolean, shell: boolean): {image: string; lines: string[]; reason: string; chapter: string} {
  const musl = reading.contents.baseInfo?.libc === 'musl';
  if (!shell && !cgo) {
    return {
      image: 'gcr.io/distroless/static-debian13:nonroot',
      lines: [],
      chapter: chapters.caCertificates,
      reason: 'A static binary needs no C library: distroless static has CA certificates, time zones and a non-root user, and nothing else.',
    };
  }
  if (!shell && !musl) {
    return {
      image: 'gcr.io/distroless/base-debian13:nonroot',
      lines: [],
      chapter: chapters.cgo,
      reason: 'With cgo the binary needs glibc: distroless base has it (from Debian 13, like the build image), with CA certificates and a non-root user.',
    };
  }
  if (musl || !cgo) {
    return {
      image: 'alpine:3.24',
      lines: ['RUN apk add --no-cache ca-certificates'],
      chapter: chapters.caCertificates,
      reason:
        'Your start command needs a shell (or the binary links against musl), so the runtime is Alpine with CA certificates rather than a distroless image.',
    };
  }
  return {
    image: 'debian:trixie-slim',
    lines: ['RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*'],
    chapter: chapters.cgo,
    reason: "Your start command needs a shell and the cgo binary needs glibc, so the runtime is Debian slim (the build image's release) with CA certificates.",
  };
}

export function writeGo(draft: Draft, reading: StageReading, today: Date): string | null {
  const file = builtStartFile(reading, exactOrInside);
  if ('reason' in file) return file.reason;
  const base = pinnedBase(reading.contents.baseRef, '1.27', today, draft);
  if (base === null) return `the base image ${reading.contents.baseRef} is not a valid reference`;
  const cgo = wantsCgo(reading);
  const shell = startNeedsShell(reading);
  writeBuildStage(draft, reading, base.ref, {
    manifests: {files: ['go.mod', 'go.sum'], install: 'go mod download'},
    rewriteBuild: cgo ? undefined : (command) => (/\bCGO_ENABLED=0\b/.test(command) ? null : command.replace(/\bgo build\b/, 'CGO_ENABLED=0 go build')),
    rewriteReason: {reason: 'CGO_ENABLED=0 makes a static binary, which runs on a minimal base with no C library.', chapter: chapters.cgo},
  });
  if (cgo)
    draft.note(
      'The build keeps cgo on, as your file asks, so the runtime is one with glibc; check that it has the C libraries your program links against.',
      false,
    );
  const runtime = goRuntime(reading, cgo, shell);
  if (runtime.image.startsWith('gcr.io/distroless')) draft.note(noShellNote, false);
  draft.blank();
  draft.add(runtime.reason, runtime.chapter, `FROM ${runtime.image} AS runtime`, ...runtime.lines);
  writeRuntimeFiles(draft, reading, file.path, 'the binary');
  if (runtime.image.startsWith('alpine') || runtime.image.startsWith('debian')) {
    draft.add('The program runs as an unprivileged user, written as a number so no /etc/passwd entry is needed.', chapters.nonRoot, 'USER 65532:65532');
  }
  writeStart(draft, reading);
  return null;
}

export function writeRust(draft: Draft, reading: StageReading, today: Date): string | null {
  const file = builtStartFile(reading, exactOrInside);
  if ('reason' in file) return file.reason;
  const base = pinnedBase(reading.contents.baseRef, '1', today, draft);
  if (base === null) return `the base image ${reading.contents.baseRef} is not a valid reference`;
  if (reading.contents.baseInfo?.libc === 'musl') return 'the build runs on Alpine (musl); Stagecraft has no tested runtime recipe for that yet';
  writeBuildStage(draft, reading, base.ref, {manifests: null});
  const shell = startNeedsShell(reading);
  draft.blank();
  if (shell) {
    draft.add(
      "Your start command needs a shell, so the runtime is Debian slim, the build image's release, rather than distroless.",
      chapters.rustDebian,
      'FROM debian:trixie-slim AS runtime',
    );
  } else {
    draft.note(noShellNote, false);
    draft.add(
      'A Rust binary needs glibc and libgcc: distroless cc has them, from the same Debian release as the rust image, and a non-root user.',
      chapters.rustDebian,
      'FROM gcr.io/distroless/cc-debian13:nonroot AS runtime',
    );
  }
  draft.note('Check whether your program makes TLS calls: distroless cc has CA certificates, Debian slim does not until you install ca-certificates.', false);
  writeRuntimeFiles(draft, reading, file.path, 'the compiled binary');
  if (shell) draft.add('The program runs as an unprivileged user, written as a number.', chapters.nonRoot, 'USER 65532:65532');
  writeStart(draft, reading);
  return null;
}

/** The Java major version in a JDK image's tag: `21` of `maven:3.9-eclipse-temurin-21`, `gradle:8.14-jdk21`, `eclipse-temurin:25-jdk`. */
function javaVersion(ref: string): string | null {
  const match = /(?:temurin-|jdk-?|:)(\d{2})(?:\b|-)/.exec(ref);
  return match?.[1] ?? null;
}

export function writeJava(draft: Draft, reading: StageReading, today: Date): string | null {
  const file = builtStartFile(reading, (candidate, output) => candidate === output || globMatches(output, candidate));
  if ('reason' in file) return file.reason;
  const version = javaVersion(reading.contents.baseRef);
  if (version === null) return `Stagecraft cannot tell the Java version of ${reading.contents.baseRef}, so it cannot choose a matching runtime`;
  const base = pinnedBase(reading.contents.baseRef, version, today, draft);
  if (base === null) return `the base image ${reading.contents.baseRef} is not a valid reference`;
  writeBuildStage(draft, reading, base.ref, {manifests: null});
  draft.note(`Check that the build writes ${file.path} under exactly that name (the version in a jar's name changes with releases).`);
  draft.blank();
  draft.add(
    `The runtime is a Java ${version} runtime without the JDK and the build tool; the dependency cache stays behind.`,
    chapters.java,
    `FROM eclipse-temurin:${version}-jre AS runtime`,
  );
  draft.add(
    'An unprivileged user to run the program.',
    chapters.nonRoot,
    'RUN groupadd --system app && useradd --system --gid app --uid 10001 --no-create-home app',
  );
  writeRuntimeFiles(draft, reading, file.path, 'the jar');
  draft.add('The program runs as that user instead of root.', chapters.nonRoot, 'USER 10001');
  writeStart(draft, reading);
  return null;
}
