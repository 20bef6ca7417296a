import {baseImageCatalog, caCertificatePaths, toolchainFacts, type Toolchain} from '../estimate/baseImageCatalog';
import {formatBytes} from '../estimate/formatBytes';
import {compareBaseImageSize, lookupBaseImage, type BaseImageInfo} from '../estimate/lookupBaseImage';
import {parseImageReference} from '../model/parseImageReference';
import {baseImageOf} from '../model/stageChain';
import {isInside} from '../contents/paths';
import {placementsOf} from './files';
import {fail, noBuildStageMessage, pass} from './outcome';
import {expandVariables as expand} from '../contents/walkStages';
import {lineOf, miscasedStageHint, stageLabel, stageSteps} from './steps';
import type {CheckFunction} from './types';

const sizeOf = (info: BaseImageInfo): string =>
  info.bytes === null ? 'unknown size' : `${info.sizeKind === 'estimate' ? '≈ ' : ''}${formatBytes(info.bytes)}`;

/** What a runtime needs of a build's toolchains (the catalog's toolchain facts); null when the build base carries none Stagecraft knows. */
function runtimeToolchains(build: BaseImageInfo): Toolchain[] | null {
  const tools = build.toolchains ?? [];
  if (tools.length === 0) return null;
  return [...new Set(tools.flatMap((tool) => toolchainFacts[tool].runtime))];
}

/** Catalog images smaller than the build stage's base that could run what it builds, smallest last-resort first. */
function smallerChoices(buildRef: string, limit = 4): string[] {
  const build = lookupBaseImage(buildRef);
  const needed = runtimeToolchains(build);
  const version = build.reference?.tag?.match(/^\d+(?:\.\d+)*/)?.[0] ?? null;
  const choices: {ref: string; bytes: number}[] = [];
  for (const entry of baseImageCatalog) {
    if (entry.compiler || entry.size.uncompressed.bytes === null) continue;
    if (needed !== null && (needed.length === 0 ? entry.toolchains.length > 0 : !entry.toolchains.some((tool) => needed.includes(tool)))) continue;
    // Keep the learner's version line: node:20 → node:20-slim.
    let ref = entry.ref;
    if (version !== null && entry.family === build.family) ref = ref.replace(/:\d+(?:\.\d+)*/, `:${version}`);
    if (compareBaseImageSize(ref, build) !== 'smaller') ref = entry.ref;
    if (compareBaseImageSize(ref, build) !== 'smaller') continue;
    choices.push({ref, bytes: entry.size.uncompressed.bytes});
  }
  return choices
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, limit)
    .map((choice) => choice.ref);
}

/** `smaller-runtime-base`: the final stage's base image is strictly smaller, by the catalog, than the build stage's. */
export const smallerRuntimeBase: CheckFunction = ({final, build, stages}) => {
  if (final === null || build === null) return fail(noBuildStageMessage(stages.length));
  const finalRef = baseImageOf(final, stages);
  const buildRef = baseImageOf(build, stages);
  const finalInfo = lookupBaseImage(finalRef);
  const buildInfo = lookupBaseImage(buildRef);
  const line = final.line;
  const choices = smallerChoices(buildRef);
  const suggestion = choices.length > 0 ? ` Known smaller choices: ${choices.join(', ')}.` : '';
  if (buildInfo.bytes === null) {
    return fail(
      `The build stage's base ${buildRef} is not in Stagecraft's image catalog (or has no size there), so the runtime base cannot be compared with it.`,
      build.line,
    );
  }
  if (finalInfo.bytes === null) {
    const why = finalInfo.match === 'unknown' ? "is not in Stagecraft's image catalog" : "has no size in Stagecraft's image catalog";
    return fail(
      `The final stage's base ${finalRef} (line ${line}) ${why}, so it cannot be shown to be smaller than ${buildRef} (${sizeOf(buildInfo)}).${suggestion}`,
      line,
    );
  }
  const comparison = compareBaseImageSize(finalInfo, buildInfo);
  if (comparison === 'smaller') {
    return pass(`The runtime base ${finalRef} (${sizeOf(finalInfo)}) is smaller than the build base ${buildRef} (${sizeOf(buildInfo)}).`, line);
  }
  const inherited = final.fromStage !== null ? `, through ${stageLabel(stages[final.fromStage]!)}` : '';
  const verdict =
    comparison === 'same'
      ? `is the same size as the build base ${buildRef}`
      : comparison === 'larger'
        ? `is larger than the build base ${buildRef} (${sizeOf(buildInfo)})`
        : `cannot be told apart in size from the build base ${buildRef} (${sizeOf(buildInfo)}) by the catalog`;
  return fail(
    `The final stage's base ${finalRef} (line ${line}, ${sizeOf(finalInfo)}${inherited}) ${verdict}, so the image you ship carries a build toolchain it does not need.${suggestion}`,
    line,
  );
};

/** `pinned-base-tags`: every base image has a tag other than `latest`/`lts`, or a digest (`scratch` exempt). */
export const pinnedBaseTags: CheckFunction = ({stages}) => {
  let count = 0;
  for (const stage of stages) {
    if (stage.fromStage !== null || stage.from === 'scratch') continue;
    count++;
    const parsed = parseImageReference(stage.from);
    const fromArg = stage.fromAsWritten.includes('$') ? ` (${stage.fromAsWritten} with its ARG defaults)` : '';
    if (!parsed.ok) {
      const hint = miscasedStageHint(stage, stages);
      if (hint !== '') return fail(`Line ${stage.line}:${hint}`, stage.line);
      return fail(
        `Line ${stage.line}: the base ${stage.from || stage.fromAsWritten}${fromArg} is not a valid image reference${stage.fromAsWritten.includes('$') ? ' (does its ARG have a default?)' : ''}, so it cannot be pinned.`,
        stage.line,
      );
    }
    const {tag, digest} = parsed.reference;
    if (digest !== null) continue;
    if (tag === null || tag === 'latest' || tag === 'lts' || /^(?:latest|lts)-/.test(tag)) {
      const what = tag === null ? 'has no tag, which means :latest' : `uses the moving tag :${tag}`;
      return fail(
        `Line ${stage.line}: the base ${stage.from}${fromArg} ${what}, so the same Dockerfile builds on a different image whenever a new release comes out. Pin a version, e.g. ${parsed.reference.familiarName}:<version>.`,
        stage.line,
      );
    }
  }
  return pass(count === 0 ? 'No base image to pin.' : 'Every base image is pinned to a version tag or digest.');
};

function isRoot(user: string): boolean {
  const name = user.split(':')[0]!.trim();
  return name === 'root' || name === '0' || name === '';
}

/** `non-root-user`: the final stage ends with a USER other than root, or its base runs as a non-root user (by the catalog). */
export const nonRootUser: CheckFunction = ({analysis, final, stages}) => {
  if (final === null) return fail('The file has no stage.');
  const users = stageSteps(final, analysis).filter((step) => step.instruction.kind === 'user');
  const last = users.at(-1);
  if (last !== undefined && last.instruction.kind === 'user') {
    const user = expand(last.instruction.user, last.env, analysis.escapeCharacter);
    const line = last.instruction.range.line;
    if (isRoot(user)) {
      return fail(
        `${lineOf(last, final)} sets USER ${last.instruction.user}, so the app runs as root: a flaw in it gets full control of the container. Switch to an unprivileged user at the end.`,
        line,
      );
    }
    return pass(`${lineOf(last, final)} switches to USER ${last.instruction.user}, so the app does not run as root.`, line);
  }
  const ref = baseImageOf(final, stages);
  const info = lookupBaseImage(ref);
  if (info.defaultUser === null) {
    return fail(
      `The final stage (line ${final.line}) sets no USER and its base ${ref} is not one whose default user Stagecraft knows, so it is taken to run as root. Add USER with an unprivileged user.`,
      final.line,
    );
  }
  if (info.defaultUser.uid !== 0) return pass(`The base ${ref} runs as ${info.defaultUser.name} (uid ${info.defaultUser.uid}), not root.`, final.line);
  const other = info.otherUsers[0];
  const suggestion = other
    ? ` The image has a user for this: USER ${other.name}.`
    : ref === 'scratch'
      ? ' On scratch, use a numeric user: USER 65532:65532.'
      : '';
  return fail(`The final stage (line ${final.line}) sets no USER, and ${ref} runs as root by default, so the app would run as root.${suggestion}`, final.line);
};

/** `ca-certificates-on-scratch`: a scratch final image gets CA certificates copied in (advice: HTTPS needs them). */
export const caCertificatesOnScratch: CheckFunction = ({analysis, final, stages}) => {
  if (final === null) return fail('The file has no stage.');
  const ref = baseImageOf(final, stages);
  if (ref !== 'scratch') return pass(`The final base ${ref} is not scratch; CA certificates are the base image's business.`);
  const copy = placementsOf(final, analysis).find(
    (placement) =>
      // A source at or around a bundle brings it (`/etc/ssl/certs`, `/etc`); a destination must lie inside one.
      placement.sources.some((source) => caCertificatePaths.some((bundle) => isInside(source, bundle) || isInside(bundle, source))) ||
      caCertificatePaths.some((bundle) => isInside(placement.destination, bundle)),
  );
  if (copy)
    return pass(`${lineOf(copy.step, final)} copies CA certificates into the scratch image, so HTTPS calls can verify servers.`, copy.instruction.range.line);
  return fail(
    `The final stage is FROM scratch (line ${final.line}) and gets no CA certificates, so any HTTPS call from the program fails with "x509: certificate signed by unknown authority". If it calls HTTPS, copy them in: COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/. (Stagecraft cannot tell whether it does, so this is advice.)`,
    final.line,
  );
};
