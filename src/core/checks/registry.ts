import {caCertificatesOnScratch, nonRootUser, pinnedBaseTags, smallerRuntimeBase} from './baseImageChecks';
import {copyFromBuildStage, copyFromDefinedStage} from './copyChecks';
import {copyFromPathsExist, startFileNamed} from './copyPathChecks';
import {cacheMount, depsCachedBeforeSource, prodDepsOnly} from './dependencyChecks';
import {staticBinaryForMinimalBase} from './goChecks';
import {buildOutputInRuntime, startFilePresent} from './outputChecks';
import {codeOwnedByRoot, writableDataOwnedByUser} from './ownershipChecks';
import {noBuildInRuntime, noSourceInRuntime} from './runtimeChecks';
import {noSecretFileInImage, noSecretInArgOrEnv, noSecretInBuildStages, secretMountRequired, secretViaMount} from './secretChecks';
import {multipleStages, namedBuildStage, stageNameCasing} from './stageChecks';
import {runtimeIsDefault, testStageBuildsOnBuild, testStageExists, testStageRunsTests} from './testStageChecks';
import type {CheckFunction, CheckId} from './types';

/** Every check by id: one pure function over the analysis of the learner's file. */
export const checkRegistry: Readonly<Record<CheckId, CheckFunction>> = {
  'multiple-stages': multipleStages,
  'named-build-stage': namedBuildStage,
  'copy-from-build-stage': copyFromBuildStage,
  'build-output-in-runtime': buildOutputInRuntime,
  'start-file-present': startFilePresent,
  'smaller-runtime-base': smallerRuntimeBase,
  'no-source-in-runtime': noSourceInRuntime,
  'no-build-in-runtime': noBuildInRuntime,
  'static-binary-for-minimal-base': staticBinaryForMinimalBase,
  'copy-from-defined-stage': copyFromDefinedStage,
  'test-stage-exists': testStageExists,
  'test-stage-builds-on-build': testStageBuildsOnBuild,
  'test-stage-runs-tests': testStageRunsTests,
  'runtime-is-default': runtimeIsDefault,
  'deps-cached-before-source': depsCachedBeforeSource,
  'prod-deps-only': prodDepsOnly,
  'non-root-user': nonRootUser,
  'pinned-base-tags': pinnedBaseTags,
  'ca-certificates-on-scratch': caCertificatesOnScratch,
  'stage-name-casing': stageNameCasing,
  'cache-mount': cacheMount,
  'no-secret-in-arg-or-env': noSecretInArgOrEnv,
  'no-secret-file-in-image': noSecretFileInImage,
  'no-secret-in-build-stages': noSecretInBuildStages,
  'secret-via-mount': secretViaMount,
  'secret-mount-required': secretMountRequired,
  'copy-from-paths-exist': copyFromPathsExist,
  'start-file-named': startFileNamed,
  'writable-data-owned-by-user': writableDataOwnedByUser,
  'code-owned-by-root': codeOwnedByRoot,
};
