/**
 * The builders the simulator knows and the one rule each follows to pick and order stages. The rules are
 * written next to their sources; docs/reference/build-simulator.mdx explains them for people.
 */

export const builderIds = ['buildkit', 'legacy', 'kaniko', 'kaniko-skip-unused', 'buildah'] as const;
export type BuilderId = (typeof builderIds)[number];

export function isBuilderId(value: string): value is BuilderId {
  return (builderIds as readonly string[]).includes(value);
}

export interface BuilderFacts {
  id: BuilderId;
  /** For people: `Kaniko with --skip-unused-stages`. */
  label: string;
  /** For a toolbar: `Kaniko (skip unused)`. */
  shortLabel: string;
  /** Which stages it builds for a target, in one sentence. */
  selects: string;
  /** Whether stages run one at a time (each wave holds one stage). */
  sequential: boolean;
  /** Where the rule comes from. */
  source: string;
  /** Whether its command line takes `--build-context NAME=VALUE`, and where that is written. */
  namedContexts: {supported: boolean; source: string};
}

// The facts below were read in the builders' sources on 2 December 2026.
export const builderFacts: Readonly<Record<BuilderId, BuilderFacts>> = {
  buildkit: {
    id: 'buildkit',
    label: 'BuildKit',
    shortLabel: 'BuildKit',
    // dockerfile2llb/convert.go: only allReachableStages(target) are dispatched; the solver runs independent
    // vertices at the same time (docker docs, build/buildkit: "parallelize building independent build stages").
    selects: 'the target and every stage it needs through FROM, COPY --from or RUN --mount from=, independent stages at the same time',
    sequential: false,
    source: 'moby/buildkit frontend/dockerfile/dockerfile2llb/convert.go (addReachableStages); docs.docker.com/build/buildkit/',
    namedContexts: {
      supported: true,
      source: 'docs.docker.com/reference/cli/docker/buildx/build/#build-context; moby/buildkit frontend/dockerui/namedcontext.go',
    },
  },
  legacy: {
    id: 'legacy',
    label: 'the legacy builder (DOCKER_BUILDKIT=0)',
    shortLabel: 'Legacy builder',
    // moby/moby daemon/builder/dockerfile/builder.go Builder.build: stages[:targetIx+1], one after another.
    selects: 'every stage from the first up to the target, one after another in file order',
    sequential: true,
    source: 'moby/moby daemon/builder/dockerfile/builder.go (Builder.build)',
    // The legacy builder's docker build has no --build-context: the flag belongs to buildx (BuildKit).
    namedContexts: {supported: false, source: 'docs.docker.com/reference/cli/docker/buildx/build/#build-context (buildx only)'},
  },
  kaniko: {
    id: 'kaniko',
    label: 'Kaniko',
    shortLabel: 'Kaniko',
    // kaniko pkg/dockerfile/dockerfile.go MakeKanikoStages: every stage until the target, then break; README
    // "--skip-unused-stages": "Otherwise it builds by default all stages … until it reaches the target stage".
    selects: 'every stage from the first up to the target, one after another in file order (the default)',
    sequential: true,
    source: 'GoogleContainerTools/kaniko pkg/dockerfile/dockerfile.go (MakeKanikoStages), README "Flag --skip-unused-stages"',
    // Kaniko's executor has no named contexts (README flags; GoogleContainerTools/kaniko issue 2728, open).
    namedContexts: {supported: false, source: 'GoogleContainerTools/kaniko README (flags), issue 2728'},
  },
  'kaniko-skip-unused': {
    id: 'kaniko-skip-unused',
    label: 'Kaniko with --skip-unused-stages',
    shortLabel: 'Kaniko (skip unused)',
    // kaniko pkg/dockerfile/dockerfile.go skipUnusedStages (since v0.20.0, commit 8cbc7a8c, April 2020).
    selects: 'the target and the named stages it needs through FROM or COPY --from, one after another in file order',
    sequential: true,
    source: 'GoogleContainerTools/kaniko pkg/dockerfile/dockerfile.go (skipUnusedStages), since v0.20.0',
    namedContexts: {supported: false, source: 'GoogleContainerTools/kaniko README (flags), issue 2728'},
  },
  buildah: {
    id: 'buildah',
    label: 'Buildah / Podman (--jobs=1, the default)',
    shortLabel: 'Buildah',
    // buildah imagebuildah/executor.go: a stage not NeededByTarget is skipped unless --skip-unused-stages=false
    // (CHANGELOG v1.27.0 "skips the computing of unwanted stages", v1.28.0 the flag, default true); stages
    // start in file order under a semaphore of --jobs slots (pkg/cli/common.go: default 1).
    selects: 'the target and every stage it needs through FROM, COPY --from or RUN --mount from=, one after another in file order',
    sequential: true,
    source: 'containers/buildah imagebuildah/executor.go, pkg/cli/common.go, CHANGELOG v1.27.0 and v1.28.0',
    // buildah-build(1) --build-context=name=value: a directory, an HTTP tarball or container-image:// (docker-image:// too).
    namedContexts: {supported: true, source: 'containers/buildah docs/buildah-build.1.md (--build-context)'},
  },
};
