import {publishedPlatforms} from '../../catalog/publishedPlatforms';
import {formatNormalized, selectPlatform} from '../../model/platformMatch';
import {parsePlatform, type Platform} from '../../model/predefinedArgs';
import type {FromLine, StageModel} from '../../model/buildStageModel';
import type {Rule} from '../ruleContext';

/**
 * The platform BuildKit resolves a stage's base image for, when it does not depend on the build host: the
 * stage's own `FROM --platform` when that is a constant (or the host-free result of `--platform` and ARGs),
 * else the `--platform` the build was given. Null otherwise: with no `--platform` BuildKit's target is
 * implicit and, for a stage without FROM --platform, `autoDetectPlatform` (convert.go) takes the image's own
 * platform if the builder can run it, so nothing can be said without knowing the host.
 */
function expectedPlatform(from: FromLine, model: StageModel, given: Platform | null): Platform | null {
  const expansion = from.platformExpansion;
  if (expansion === null) return given;
  if (expansion.error !== null || model.stages[from.stage]!.platform === null) return null;
  if (expansion.used.some((name) => name.startsWith('BUILD'))) return null;
  if (given === null && expansion.used.length > 0) return null;
  return parsePlatform(expansion.value);
}

/**
 * InvalidBaseImagePlatform and the refusal when an image index has nothing for the platform. BuildKit
 * (frontend/dockerfile/dockerfile2llb/convert.go `resolveBaseImage`) resolves the base of every reachable stage
 * (every stage under `docker build --check` without --target) for the stage's platform; stages built on
 * another stage, scratch and named contexts are not resolved. Resolution (util/imageutil/config.go) takes
 * the best index entry `platforms.Only(platform)` accepts (model/platformMatch); with none it fails:
 * "<name>: failed to resolve source metadata for <ref>: no match for platform in manifest: not found"
 * (convert.go wraps with the name, client/llb/sourceresolver/imageresolver.go with the ref, containerd
 * core/images/handlers.go `LimitManifests` gives the rest). When the entry taken differs in OS or
 * architecture (an arm64 build given an arm/v7-only image), `validateBaseImagePlatform` (validations.go)
 * reports the check with the message of linter/ruleset.go `RuleInvalidBaseImagePlatform`, at the FROM line.
 * Only images the catalog knows the platforms of (catalog/publishedPlatforms) are judged, for built stages.
 */
export const baseImagePlatformRule: Rule = ({model, graph, platform, buildContexts: contexts, sink}) => {
  const built = new Set(graph.builtStages);
  for (const from of model.fromLines) {
    const stage = model.stages[from.stage]!;
    if (!built.has(stage.index) || stage.fromStage !== null || stage.from === '' || stage.from === 'scratch' || contexts.has(stage.from)) continue;
    const expected = expectedPlatform(from, model, platform);
    const published = publishedPlatforms(stage.from);
    if (expected === null || expected.os !== 'linux' || published === null) continue;
    const taken = selectPlatform(expected, published.platforms);
    const wanted = formatNormalized(expected);
    if (taken === null) {
      const offered = published.platforms.map(formatNormalized).join(', ');
      sink.refuse(
        'NoMatchingPlatform',
        `${stage.from}: failed to resolve source metadata for ${published.normalized}: no match for platform in manifest: not found`,
        `${stage.from} is published for ${offered} only, nothing BuildKit can use for ${wanted}, so it stops: "no match for platform in manifest". Pick a base image published for ${wanted}, or build for a platform it offers.`,
        from.range,
        stage.index,
      );
    } else if (taken.os !== expected.os || taken.architecture !== expected.architecture) {
      const pulled = formatNormalized(taken);
      sink.report(
        'InvalidBaseImagePlatform',
        `Base image ${stage.from} was pulled with platform "${pulled}", expected "${wanted}" for current build`,
        from.range,
        stage.index,
      );
    }
  }
};
