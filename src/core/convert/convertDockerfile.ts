/**
 * "Suggest a multi-stage version": a single-stage Dockerfile rewritten after the project's recipes, explained
 * hunk by hunk, measured before and after, and verified by the engine before it is shown. Declines, with the
 * reason, when the file is already split or a split would not pay (docs/tutorial/11-when-not-to-use).
 */

import {analyze} from '../analyze';
import {presentItems} from '../contents/queries';
import type {Analysis} from '../types';
import {writeGo, writeJava, writeRust} from './compiledRecipes';
import {Draft} from './draft';
import {writeNode, writeStaticSite} from './nodeRecipe';
import {proposalHunks} from './proposalHunks';
import {writePython} from './pythonRecipe';
import {readStage, type StageReading} from './readStage';
import {recogniseStack} from './recogniseStack';
import type {ConvertEstimate, ConvertOptions, ConvertResult, StackKind} from './types';
import {rubrics, verifyProposal} from './verifyProposal';

const writers: Record<StackKind, (draft: Draft, reading: StageReading, today: Date) => string | null> = {
  node: writeNode,
  'static-site': writeStaticSite,
  go: writeGo,
  python: writePython,
  java: writeJava,
  rust: writeRust,
};

const declined = (reason: string, stack: StackKind | null = null): ConvertResult => ({kind: 'declined', reason, stack});

/** Why a file with several stages is not rewritten. */
function multiStageReason(analysis: Analysis): string {
  const warning = analysis.estimate.warnings[0];
  if (warning === undefined)
    return `This Dockerfile already has ${analysis.stages.length} stages and its final image carries nothing a runtime should not: it is split well.`;
  return `This Dockerfile already has ${analysis.stages.length} stages; Stagecraft rewrites single-stage files only. What to fix in the split: ${warning.message}`;
}

/** Why a stage with no recognised build is not split. */
function noStackReason(reading: StageReading): string {
  if (reading.analysis.estimate.warnings.length === 0) {
    return 'Nothing in this image is used only to build it, so a second stage would copy the same files onto the same base: one stage is the simpler shape (see "When not to use multi-stage builds").';
  }
  const compiler = reading.items.some((item) => item.category === 'toolchain' && item.compiler);
  if (
    compiler &&
    reading.start.startFile.kind === 'file' &&
    reading.items.every((item) => item.category !== 'build-output' || item.label.includes('go install'))
  ) {
    return 'This image builds no program of its own that it then starts; if its job is the toolchain (a development or CI image), one stage is the honest shape.';
  }
  return 'Stagecraft did not recognise a build it can split here (npm, Yarn or pnpm builds, go build, pip/uv/Poetry installs, Maven or Gradle, cargo, or a static site).';
}

function estimateChange(before: Analysis, after: Analysis): ConvertEstimate {
  const finalItems = (analysis: Analysis) => presentItems(analysis.contents[analysis.estimate.final?.index ?? -1]);
  const kept = new Set(finalItems(after).map((item) => `${item.category}:${item.label}`));
  const left = finalItems(before).filter(
    (item) => item.category !== 'base-image' && (item.category !== 'toolchain' || item.compiler) && !kept.has(`${item.category}:${item.label}`),
  );
  const baseOf = (analysis: Analysis) => analysis.contents[analysis.estimate.final?.index ?? -1]?.baseRef ?? '';
  return {
    before: before.estimate.final?.bytes ?? null,
    after: after.estimate.final?.bytes ?? null,
    baseBefore: baseOf(before),
    baseAfter: baseOf(after),
    leftTheImage: [...new Set(left.map((item) => item.label))],
  };
}

/** Proposes a multi-stage version of `text`, or says why not. Never throws on user text. */
export function convertDockerfile(text: string, options: ConvertOptions): ConvertResult {
  const analysis = analyze(text);
  if (analysis.error !== null) return declined(`BuildKit would refuse this file as it is (${analysis.error}); fix that first.`);
  if (analysis.stages.length > 1) return declined(multiStageReason(analysis));
  const reading = readStage(analysis);
  if (reading === null) return declined('This file has no stage to convert.');
  const stack = recogniseStack(reading);
  if (stack === null) return declined(noStackReason(reading));
  if (analysis.estimate.warnings.length === 0) {
    return declined(
      'The final image already carries nothing that only the build needs (no compiler, caches, devDependencies or build source), so a split would not pay.',
      stack,
    );
  }
  const draft = new Draft(text);
  const problem = writers[stack](draft, reading, options.today);
  if (problem !== null) return declined(`Stagecraft will not guess here: ${problem}.`, stack);
  const dockerfile = draft.dockerfile();
  const verified = verifyProposal(dockerfile, stack);
  if (!verified.ok) return declined(`Stagecraft wrote a proposal but it failed its own verification, so it is not shown: ${verified.reason}`, stack);
  return {
    kind: 'proposal',
    stack,
    dockerfile,
    sections: draft.sections,
    hunks: proposalHunks(text, dockerfile, draft.sections),
    notes: draft.notes,
    estimate: estimateChange(analysis, verified.analysis),
    analysis: verified.analysis,
    rubric: rubrics[stack].exercise,
  };
}

/** The contract's `convert --format json` shape. */
export function toConvertJson(result: ConvertResult): object {
  if (result.kind === 'declined') return {declined: true, reason: result.reason, dockerfile: null, edits: [], estimate: null, stack: result.stack};
  return {
    declined: false,
    reason: null,
    dockerfile: result.dockerfile,
    edits: result.hunks.map((hunk) => ({reason: hunk.reason, chapter: hunk.chapter, line: hunk.oldStart, removed: hunk.removed, added: hunk.added})),
    estimate: {...result.estimate},
    stack: result.stack,
    rubric: result.rubric,
    notes: result.notes,
  };
}
