import {isExplicitImageReference, parseImageReference} from '../../model/parseImageReference';
import {closestName} from './closestName';
import {lookupBaseImage} from '../../estimate/lookupBaseImage';
import type {DiagnosticSink} from '../../model/refusals';
import type {SourceRange} from '../../types';
import type {Rule} from '../ruleContext';
import type {StageModel} from '../../model/buildStageModel';

/**
 * InvalidDefaultArgInFrom as BuildKit runs it (dockerfile2llb/validations.go validateBaseImagesWithDefaultArgs):
 * every stage's base, ARGs used or not and stage names included, expanded with the ARG defaults only, must parse
 * as an image reference (reference.ParseNormalizedNamed); the first expansion error ends the check.
 */
function invalidDefaultArgRule(model: StageModel, sink: DiagnosticSink): void {
  for (const from of model.fromLines) {
    const withDefaults = from.baseWithDefaultsOnly;
    if (withDefaults === null) return;
    if (withDefaults !== '' && parseImageReference(withDefaults).ok) continue;
    const asWritten = model.stages[from.stage]!.fromAsWritten;
    sink.report(
      'InvalidDefaultArgInFrom',
      `Default value for ARG ${asWritten} results in empty or invalid base image name: with the ARG defaults alone (no --build-arg) it is "${withDefaults}", which is not a valid image reference.`,
      from.baseWord?.range ?? from.range,
      from.stage,
    );
  }
}

/** Rules about base images: undefined ARGs, pinning, FROM naming a later stage, redundant --platform. */
export const fromRules: Rule = ({model, graph, buildContexts: contexts, sink}) => {
  invalidDefaultArgRule(model, sink);
  const laterNames = new Map<string, number>();
  for (const stage of model.stages) if (stage.name !== null) laterNames.set(stage.name, stage.index);

  for (const from of model.fromLines) {
    const stage = model.stages[from.stage]!;
    const range = from.baseWord?.range ?? from.range;
    for (const name of from.undefinedArgs) {
      sink.report(
        'UndefinedArgInFrom',
        `FROM uses $${name}, which is not declared with ARG before the first FROM. Stage-level ARGs are never visible to FROM; declare ARG ${name} at the top of the file.`,
        range,
        stage.index,
      );
    }
    if (stage.platform !== null && /^\$\{?TARGETPLATFORM\}?$/.test(stage.platform) && from.platformRange) {
      sink.report('RedundantTargetPlatform', '--platform=$TARGETPLATFORM is what BuildKit uses anyway; drop the flag.', from.platformRange, stage.index);
    }
    if (stage.fromStage === null && stage.from !== '') {
      const later = laterNames.get(stage.from.toLowerCase());
      // A stage named like its own base (`FROM scratch AS scratch`, `FROM node AS node`) uses the image: not a mistake.
      if (later !== undefined && later > stage.index && stage.from === stage.from.toLowerCase()) {
        sink.report(
          'FromFutureStage',
          `FROM ${stage.from} pulls an image called "${stage.from}": the stage "${stage.from}" is defined later (line ${model.stages[later]!.line}), and FROM only sees earlier stages.`,
          range,
          stage.index,
        );
      } else if (!contexts.has(stage.from)) {
        if (isBareUnknownName(stage.from)) unknownNameNote(stage.from, 'FROM ', range, stage.index, sink);
        else pinningRule(stage.from, range, stage.index, 'FROM ', sink);
      }
    }
  }

  const stageNames = model.stages.map((s) => s.name).filter((n): n is string => n !== null);
  for (const image of graph.externalImages) {
    if (isExplicitImageReference(image.ref) || contexts.has(image.ref) || image.ref === 'scratch') continue;
    // A near-miss of a stage name is UndefinedStage's (referenceRules); hadolint's DL3006 is for FROM only.
    if (closestName(image.ref.toLowerCase(), stageNames) !== null) continue;
    unknownNameNote(image.ref, image.via === 'mount' ? 'RUN --mount from=' : 'COPY --from=', image.range, image.stage, sink);
  }
};

/** A bare word (no tag, digest or path) the catalog does not know as an image: perhaps a build context. */
function isBareUnknownName(ref: string): boolean {
  return ref !== 'scratch' && !isExplicitImageReference(ref) && parseImageReference(ref).ok && lookupBaseImage(ref).match === 'unknown';
}

function unknownNameNote(ref: string, where: string, range: SourceRange, stage: number, sink: DiagnosticSink): void {
  sink.report(
    'UnknownStageOrContext',
    `${where}${ref} is not a stage of this file: BuildKit uses a build context of this name if one is passed (docker build --build-context ${ref}=…), otherwise pulls ${ref}:latest.`,
    range,
    stage,
  );
}

function pinningRule(ref: string, range: SourceRange, stage: number, where: string, sink: DiagnosticSink): void {
  if (ref === 'scratch') return;
  const parsed = parseImageReference(ref);
  if (!parsed.ok || parsed.reference.digest !== null) return;
  if (parsed.reference.tag === null) {
    sink.report('DL3006', `${where}${ref} has no tag, so it means ${ref}:latest, which changes under you. Pin a version, e.g. ${ref}:<version>.`, range, stage);
  } else if (parsed.reference.tag === 'latest') {
    sink.report('DL3007', `${where}${ref} uses :latest, which changes under you. Pin a version.`, range, stage);
  }
}
