/**
 * Base-image what-if for the final stage: the same image on the other variants of its runtime (slim,
 * alpine, distroless, scratch for a static program), each with its estimated size and what would stop
 * working. Sizes and traits (libc, shell, package manager, users, ENTRYPOINT) come from the base-image
 * catalog; what the Dockerfile needs comes from the stage-contents model and the stage model.
 */

import type {StageContents} from '../contents/buildStageContents';
import {chainCopies, chainOf} from '../contents/queries';
import {isInside} from '../contents/paths';
import {splitShellCommands} from '../contents/shell';
import type {Step} from '../contents/walkStages';
import {baseImageCatalog, caCertificatePaths} from './baseImageCatalog';
import {lookupBaseImage, type BaseImageInfo} from './lookupBaseImage';
import type {BaseAlternative, RunInstruction, Stage} from '../types';

/** Variants of one runtime, by catalog entry id. An entry's group is the first that lists it. */
const runtimeGroups: readonly (readonly string[])[] = [
  ['node/full', 'node/slim', 'node/alpine', 'distroless/nodejs'],
  ['python/full', 'python/slim', 'python/alpine'],
  ['eclipse-temurin/jdk', 'eclipse-temurin/jre', 'eclipse-temurin/jdk-alpine', 'eclipse-temurin/jre-alpine', 'distroless/java'],
  ['rust/full', 'rust/slim', 'distroless/cc', 'debian/slim'],
  ['nginx/full', 'nginx/alpine', 'nginx/alpine-slim'],
  ['debian/full', 'debian/slim', 'ubuntu/full', 'alpine/alpine'],
  // A statically linked program (Go with CGO_ENABLED=0, say) runs on any of these.
  ['distroless/static', 'distroless/base', 'scratch/scratch', 'alpine/alpine', 'debian/slim'],
  ['golang/full', 'golang/alpine', 'distroless/static', 'scratch/scratch'],
];

/** The reference an entry is tried as: the catalog's reference, with the version the Dockerfile uses when both name one. */
function variantRef(entryRef: string, current: BaseImageInfo): string {
  const [name, tag] = splitRef(entryRef);
  const [currentName, currentTag] = splitRef(current.ref);
  const version = /^\d+(?:\.\d+)*/;
  const own = currentTag?.match(version)?.[0];
  if (tag === undefined || own === undefined || name !== currentName || !version.test(tag)) return entryRef;
  return `${name}:${tag.replace(version, own)}`;
}

function splitRef(ref: string): [string, string | undefined] {
  const colon = ref.lastIndexOf(':');
  return colon > ref.lastIndexOf('/') ? [ref.slice(0, colon), ref.slice(colon + 1)] : [ref, undefined];
}

/** What the final stage's chain asks of its base, read once. */
interface Needs {
  shellRuns: number[];
  shellCommands: {keyword: string; line: number}[];
  packageLines: number[];
  userAddLines: number[];
  userStep: Step | null;
  hasEntrypoint: boolean;
  cmdLine: number | null;
  copiesCertificates: boolean;
  compiled: boolean;
  runsBuild: boolean;
}

function addsUsers(run: RunInstruction): boolean {
  return /\b(?:user|group)add\b/.test(run.command) && splitShellCommands(run.command).some((simple) => /^(?:useradd|groupadd)$/.test(simple.words[0] ?? ''));
}

/** What one step of the chain asks of the base, added to `needs` (steps in build order, so the last USER and CMD win). */
function readStep(step: Step, needs: Needs): void {
  const instruction = step.instruction;
  if (instruction.kind === 'run') {
    if (instruction.exec === null) needs.shellRuns.push(instruction.range.line);
    if (addsUsers(instruction)) needs.userAddLines.push(instruction.range.line);
  } else if (instruction.kind === 'cmd' || instruction.kind === 'entrypoint') {
    if (instruction.exec === null) needs.shellCommands.push({keyword: instruction.keyword, line: instruction.range.line});
    if (instruction.kind === 'entrypoint') needs.hasEntrypoint = true;
    else needs.cmdLine = instruction.range.line;
  } else if (instruction.kind === 'user') needs.userStep = step;
}

// Loops, not .map/.filter/.flatMap chains: their arrays changed elements kind during warm-up and this deoptimised.
function needsOf(contents: readonly StageContents[], target: number): Needs {
  const entries = contents[target]!.entries;
  const packageLines = new Set<number>();
  for (const e of entries) if (e.packages.length > 0 && e.item.copiedFrom === null) packageLines.add(e.item.line);
  const needs: Needs = {
    shellRuns: [],
    shellCommands: [],
    packageLines: [...packageLines],
    userAddLines: [],
    userStep: null,
    hasEntrypoint: false,
    cmdLine: null,
    copiesCertificates: chainCopies(contents, target).some((record) => caCertificatePaths.some((path) => bringsPath(record.destination, path))),
    compiled: entries.some((e) => e.item.copiedFrom?.stage != null || e.item.category === 'dependencies'),
    runsBuild: contents[target]!.runsBuild,
  };
  for (const index of chainOf(contents, target)) for (const step of contents[index]?.walk.ownSteps ?? []) readStep(step, needs);
  return needs;
}

/** Whether a copy to `destination` lands at or inside `path`, or in a folder above it (not the root). */
function bringsPath(destination: string, path: string): boolean {
  return isInside(destination, path) || (destination !== '/' && isInside(path, destination));
}

/** Each catalog entry's reference by id (the first entry of an id, as a search of the catalog finds it). */
const catalogRefs = new Map<string, string>();
for (const entry of baseImageCatalog) if (!catalogRefs.has(entry.id)) catalogRefs.set(entry.id, entry.ref);

function lookupCatalogRef(id: string): string | null {
  return catalogRefs.get(id) ?? null;
}

/** What of a program is compiled for one C library, by the runtime it runs on. */
function compiledParts(info: BaseImageInfo): string {
  const toolchains = info.toolchains ?? [];
  if (toolchains.some((t) => t === 'node' || t === 'node+npm')) return 'native Node modules (node-gyp addons)';
  if (toolchains.includes('python+pip')) return 'Python packages with C extensions (manylinux wheels)';
  if (toolchains.includes('jre') || toolchains.includes('jdk')) return 'native libraries a jar loads through JNI (plain bytecode is fine)';
  if (toolchains.includes('go')) return 'cgo binaries';
  return 'binaries and libraries';
}

const onLines = (lines: readonly number[]): string => (lines.length === 1 ? `line ${lines[0]}` : `lines ${lines.join(', ')}`);

function shellBreaks(variant: BaseImageInfo, needs: Needs): string[] {
  if (variant.shellPath !== null) return [];
  const breaks: string[] = [];
  if (needs.shellRuns.length > 0)
    breaks.push(
      `no shell: the RUN${needs.shellRuns.length > 1 ? 's' : ''} on ${onLines(needs.shellRuns)} need${needs.shellRuns.length > 1 ? '' : 's'} /bin/sh`,
    );
  for (const command of needs.shellCommands)
    breaks.push(`no shell: the shell-form ${command.keyword} on line ${command.line} needs /bin/sh; write it in exec form (["…"])`);
  return breaks;
}

function packageBreaks(variant: BaseImageInfo, current: BaseImageInfo, needs: Needs): string[] {
  const breaks: string[] = [];
  if (needs.packageLines.length > 0 && variant.packageManager !== current.packageManager) {
    breaks.push(
      variant.packageManager === 'none'
        ? `no package manager: the install on ${onLines(needs.packageLines)} cannot run`
        : `${variant.packageManager} instead of ${current.packageManager}: the install on ${onLines(needs.packageLines)} needs rewriting, with that distribution's package names`,
    );
  }
  // Alpine has BusyBox's adduser/addgroup; useradd and groupadd come with the shadow package.
  if (needs.userAddLines.length > 0 && variant.packageManager === 'apk' && current.packageManager !== 'apk') {
    breaks.push(`no useradd or groupadd (Alpine has BusyBox adduser and addgroup): ${onLines(needs.userAddLines)}`);
  }
  return breaks;
}

function libcBreaks(variant: BaseImageInfo, current: BaseImageInfo, needs: Needs, entry: string): string[] {
  const breaks: string[] = [];
  if (variant.libc === 'none' && current.libc !== 'none') {
    breaks.push('no C library: only a statically linked program runs (Go built with CGO_ENABLED=0, say)');
  } else if (
    variant.libc !== null &&
    current.libc !== null &&
    variant.libc !== current.libc &&
    variant.libc !== 'none' &&
    current.libc !== 'none' &&
    needs.compiled
  ) {
    breaks.push(`${variant.libc} instead of ${current.libc}: ${compiledParts(current)} built against ${current.libc} in another stage will not load`);
  }
  if (entry === 'scratch/scratch' && !needs.copiesCertificates)
    breaks.push('no CA certificates: HTTPS calls fail unless you copy /etc/ssl/certs/ca-certificates.crt in');
  if (needs.runsBuild && current.toolchains?.includes('gcc') && !variant.toolchains?.includes('gcc')) {
    breaks.push('no gcc: builds that compile C (cgo, native Node modules, Python packages without wheels) fail');
  }
  return breaks;
}

function userBreaks(variant: BaseImageInfo, current: BaseImageInfo, needs: Needs): string[] {
  const names = (info: BaseImageInfo) => [info.defaultUser?.name, ...info.otherUsers.map((user) => user.name)];
  if (needs.userStep !== null) {
    const user = needs.userStep.instruction.kind === 'user' ? needs.userStep.instruction.user.split(':')[0]!.trim() : '';
    if (/^\d+$/.test(user) || !names(current).includes(user) || names(variant).includes(user)) return [];
    return [`no user named ${user}: USER on line ${needs.userStep.instruction.range.line} needs a numeric id instead`];
  }
  const before = current.defaultUser;
  const after = variant.defaultUser;
  if (before === null || after === null || before.uid === after.uid) return [];
  return [`runs as ${after.name} (uid ${after.uid}) instead of ${before.name} (uid ${before.uid}) by default`];
}

function entrypointBreaks(variant: BaseImageInfo, current: BaseImageInfo, needs: Needs): string[] {
  const entrypoint = variant.entrypoint;
  if (entrypoint === null || needs.hasEntrypoint || needs.cmdLine === null || JSON.stringify(entrypoint) === JSON.stringify(current.entrypoint)) return [];
  return [`its ENTRYPOINT ${JSON.stringify(entrypoint)} runs first and takes the CMD on line ${needs.cmdLine} as its arguments`];
}

/** The other variants of the final stage's runtime, each with the final image's size on it and what breaks. */
export function baseAlternatives(contents: readonly StageContents[], target: number, finalBytes: number | null): BaseAlternative[] {
  const final = contents[target];
  const current = final?.baseInfo ?? null;
  if (final === undefined || final.skipped || current === null || current.entryId === null) return [];
  const group = runtimeGroups.find((ids) => ids.includes(current.entryId!));
  if (group === undefined) return [];
  const needs = needsOf(contents, target);
  const alternatives: BaseAlternative[] = [];
  for (const entry of group) {
    if (entry === current.entryId) continue;
    const listed = lookupCatalogRef(entry);
    if (listed === null) continue;
    const variant = lookupBaseImage(variantRef(listed, current));
    const bytes = finalBytes !== null && current.bytes !== null && variant.bytes !== null ? finalBytes - current.bytes + variant.bytes : null;
    alternatives.push({
      image: variant.ref,
      entry,
      description: variant.label,
      bytes,
      baseBytes: variant.bytes,
      breaks: [
        ...shellBreaks(variant, needs),
        ...packageBreaks(variant, current, needs),
        ...libcBreaks(variant, current, needs, entry),
        ...userBreaks(variant, current, needs),
        ...entrypointBreaks(variant, current, needs),
      ],
    });
  }
  return alternatives;
}

/**
 * The Dockerfile with the image in the FROM line of the final stage's chain root replaced (flags and
 * `AS name` kept); null when that FROM line cannot be found as one line.
 */
export function withBaseImage(text: string, stages: readonly Stage[], contents: readonly StageContents[], target: number, image: string): string | null {
  const baseLine = contents[target]?.baseLine;
  const root = stages.find((stage) => stage.line === baseLine && stage.fromStage === null);
  if (root === undefined) return null;
  const lines = text.split('\n');
  const line = lines[root.line - 1];
  if (line === undefined) return null;
  const fromLine = /^(\s*FROM\s+(?:--\S+\s+)*)(\S+)/i.exec(line);
  if (fromLine === null || fromLine[2] !== root.fromAsWritten) return null;
  lines[root.line - 1] = fromLine[1] + image + line.slice(fromLine[0].length);
  return lines.join('\n');
}
