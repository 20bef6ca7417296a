import type {Diagnostic, Severity, SourceRange} from '../types';

/**
 * Every diagnostic code Stagecraft reports. `origin` says whose name the code is: a BuildKit hard error
 * (the build is refused), a BuildKit build check (`docker build --check`), a hadolint rule, or ours.
 */
export type DiagnosticOrigin = 'buildkit-error' | 'buildkit-check' | 'hadolint' | 'stagecraft';

/** The reference pages that explain the codes, one per kind of mistake (`/reference/diagnostics/<group>`). */
export const diagnosticGroups = ['refusals', 'stage-names-and-references', 'base-images-and-args', 'final-image', 'instructions'] as const;
export type DiagnosticGroup = (typeof diagnosticGroups)[number];

export interface DiagnosticDefinition {
  /** The reference page that explains the code. */
  group: DiagnosticGroup;
  severity: Severity;
  origin: DiagnosticOrigin;
  /** One line for people, used as the heading of the explanation on the site. */
  title: string;
  /**
   * For a refusal: the phase of BuildKit's work that meets it (parsing 0, the stage list 1, FROM expansion 2,
   * the target 3, linking stages 4, base references 5, building 6, the lint gate 7). When a file has several,
   * the earliest phase is the one BuildKit reports.
   */
  refusalPhase?: number;
  /** A BuildKit check that runs only when `# check=experimental=<Rule>` (or `all`) asks for it. */
  experimental?: boolean;
}

export const diagnosticDefinitions = {
  EmptyDockerfile: {group: 'refusals', severity: 'error', origin: 'buildkit-error', title: 'The Dockerfile is empty', refusalPhase: 0},
  NoInstructions: {group: 'refusals', severity: 'error', origin: 'buildkit-error', title: 'The file holds only comments', refusalPhase: 0},
  NoStages: {group: 'refusals', severity: 'error', origin: 'buildkit-error', title: 'No FROM, so no stage to build', refusalPhase: 1},
  InstructionBeforeFrom: {group: 'refusals', severity: 'error', origin: 'buildkit-error', title: 'An instruction other than ARG before the first FROM'},
  UnknownInstruction: {group: 'refusals', severity: 'error', origin: 'buildkit-error', title: 'Unknown instruction'},
  UnterminatedHeredoc: {group: 'refusals', severity: 'error', origin: 'buildkit-error', title: 'A heredoc without its terminator line'},
  InvalidStageName: {group: 'stage-names-and-references', severity: 'error', origin: 'buildkit-error', title: 'Invalid stage name'},
  FromArgumentCount: {group: 'base-images-and-args', severity: 'error', origin: 'buildkit-error', title: 'FROM takes one or three words'},
  BlankBaseName: {
    group: 'base-images-and-args',
    severity: 'error',
    origin: 'buildkit-error',
    title: 'The base image is blank after ARG substitution',
    refusalPhase: 2,
  },
  InvalidBaseReference: {group: 'base-images-and-args', severity: 'error', origin: 'buildkit-error', title: 'Invalid image reference', refusalPhase: 5},
  ExpansionError: {group: 'base-images-and-args', severity: 'error', origin: 'buildkit-error', title: 'A variable expansion in FROM failed', refusalPhase: 2},
  UnknownTarget: {group: 'stage-names-and-references', severity: 'error', origin: 'buildkit-error', title: 'The --target names no stage', refusalPhase: 3},
  FromVariableNotSupported: {
    group: 'stage-names-and-references',
    severity: 'error',
    origin: 'buildkit-error',
    title: 'Variables are not expanded in --from',
    refusalPhase: 4,
  },
  AddFromNotSupported: {group: 'stage-names-and-references', severity: 'error', origin: 'buildkit-error', title: 'ADD has no --from flag'},
  StageIndexOutOfRange: {
    group: 'stage-names-and-references',
    severity: 'error',
    origin: 'buildkit-error',
    title: 'A numeric --from names no stage',
    refusalPhase: 4,
  },
  CircularDependency: {
    group: 'stage-names-and-references',
    severity: 'error',
    origin: 'buildkit-error',
    title: 'Stages copy from each other in a circle',
    refusalPhase: 4,
  },
  MissingFlagValue: {group: 'refusals', severity: 'error', origin: 'buildkit-error', title: 'A flag is missing its value'},
  SecretMountFrom: {
    group: 'stage-names-and-references',
    severity: 'error',
    origin: 'buildkit-error',
    title: 'A secret mount cannot take from=',
    refusalPhase: 6,
  },
  OnbuildNotAllowed: {group: 'refusals', severity: 'error', origin: 'buildkit-error', title: 'This instruction cannot be an ONBUILD trigger'},
  InvalidCheckOption: {group: 'refusals', severity: 'error', origin: 'buildkit-error', title: 'The check directive does not parse', refusalPhase: 0},
  EmptyPlatform: {group: 'base-images-and-args', severity: 'error', origin: 'buildkit-error', title: 'FROM --platform expands to nothing', refusalPhase: 2},
  InvalidPlatform: {group: 'base-images-and-args', severity: 'error', origin: 'buildkit-error', title: 'FROM --platform is not a platform', refusalPhase: 2},
  NoMatchingPlatform: {
    group: 'base-images-and-args',
    severity: 'error',
    origin: 'buildkit-error',
    title: 'The base image is not published for the platform',
    refusalPhase: 5,
  },
  LintViolation: {group: 'refusals', severity: 'error', origin: 'buildkit-error', title: 'check=error=true turns a warning into a failure', refusalPhase: 7},
  DL3022: {group: 'stage-names-and-references', severity: 'error', origin: 'hadolint', title: 'COPY --from must name an earlier stage', refusalPhase: 6},
  DL3023: {group: 'stage-names-and-references', severity: 'error', origin: 'hadolint', title: 'COPY --from cannot name its own stage', refusalPhase: 4},
  DL3006: {group: 'base-images-and-args', severity: 'warning', origin: 'hadolint', title: 'Tag the image version explicitly'},
  DL3007: {group: 'base-images-and-args', severity: 'warning', origin: 'hadolint', title: 'Avoid the latest tag'},
  StageNameCasing: {group: 'stage-names-and-references', severity: 'warning', origin: 'buildkit-check', title: 'Stage names should be lower case'},
  FromAsCasing: {group: 'stage-names-and-references', severity: 'warning', origin: 'buildkit-check', title: 'The AS keyword should match the case of FROM'},
  ConsistentInstructionCasing: {
    group: 'stage-names-and-references',
    severity: 'warning',
    origin: 'buildkit-check',
    title: 'Keywords should all share one case',
  },
  ReservedStageName: {group: 'stage-names-and-references', severity: 'warning', origin: 'buildkit-check', title: 'scratch and context are reserved names'},
  DuplicateStageName: {group: 'stage-names-and-references', severity: 'warning', origin: 'buildkit-check', title: 'Two stages share a name'},
  UndefinedArgInFrom: {group: 'base-images-and-args', severity: 'warning', origin: 'buildkit-check', title: 'FROM uses an ARG that is not declared before it'},
  InvalidDefaultArgInFrom: {
    group: 'base-images-and-args',
    severity: 'warning',
    origin: 'buildkit-check',
    title: 'The ARG defaults alone give an invalid base image',
  },
  RedundantTargetPlatform: {
    group: 'base-images-and-args',
    severity: 'warning',
    origin: 'buildkit-check',
    title: '--platform=$TARGETPLATFORM is the default anyway',
  },
  NoEmptyContinuation: {group: 'instructions', severity: 'warning', origin: 'buildkit-check', title: 'A blank line inside a continued instruction'},
  MaintainerDeprecated: {group: 'instructions', severity: 'warning', origin: 'buildkit-check', title: 'MAINTAINER is deprecated'},
  JSONArgsRecommended: {group: 'instructions', severity: 'info', origin: 'buildkit-check', title: 'Use the JSON form for CMD and ENTRYPOINT'},
  MultipleInstructionsDisallowed: {
    group: 'instructions',
    severity: 'warning',
    origin: 'buildkit-check',
    title: 'Only the last CMD, ENTRYPOINT or HEALTHCHECK counts',
  },
  SecretsUsedInArgOrEnv: {group: 'instructions', severity: 'warning', origin: 'buildkit-check', title: 'A secret in ARG or ENV stays in the image'},
  WorkdirRelativePath: {group: 'instructions', severity: 'warning', origin: 'buildkit-check', title: 'Relative WORKDIR without an absolute one before it'},
  UndefinedVar: {group: 'instructions', severity: 'warning', origin: 'buildkit-check', title: 'A variable used before it is defined'},
  LegacyKeyValueFormat: {group: 'instructions', severity: 'warning', origin: 'buildkit-check', title: 'ENV and LABEL should use key=value'},
  FromPlatformFlagConstDisallowed: {group: 'base-images-and-args', severity: 'warning', origin: 'buildkit-check', title: 'FROM --platform with a fixed value'},
  InvalidBaseImagePlatform: {
    group: 'base-images-and-args',
    severity: 'warning',
    origin: 'buildkit-check',
    title: 'The base image pulled is for another platform',
  },
  ExposeProtoCasing: {group: 'instructions', severity: 'warning', origin: 'buildkit-check', title: 'The EXPOSE protocol should be lower case'},
  ExposeInvalidFormat: {
    group: 'instructions',
    severity: 'warning',
    origin: 'buildkit-check',
    title: 'EXPOSE takes container ports, not IP addresses or host ports',
  },
  CopyIgnoredFile: {group: 'instructions', severity: 'warning', origin: 'buildkit-check', title: 'COPY or ADD names a file .dockerignore leaves out'},
  InvalidDefinitionDescription: {
    group: 'instructions',
    severity: 'warning',
    origin: 'buildkit-check',
    title: 'A comment above FROM or ARG is not a description',
    experimental: true,
  },
  UnknownStageOrContext: {
    group: 'stage-names-and-references',
    severity: 'warning',
    origin: 'stagecraft',
    title: 'A name that is neither a stage nor a tagged image',
  },
  UndefinedStage: {group: 'stage-names-and-references', severity: 'warning', origin: 'stagecraft', title: '--from names no stage and looks like a typo'},
  FromFutureStage: {group: 'stage-names-and-references', severity: 'warning', origin: 'stagecraft', title: 'FROM names a stage defined later'},
  UnusedStage: {group: 'stage-names-and-references', severity: 'info', origin: 'stagecraft', title: 'A stage the default build never builds'},
  ToolchainInFinalStage: {group: 'final-image', severity: 'warning', origin: 'stagecraft', title: 'The final image still carries the build toolchain'},
  SourceInFinalStage: {group: 'final-image', severity: 'warning', origin: 'stagecraft', title: 'The final stage copies the whole build context'},
  UnknownFlag: {group: 'instructions', severity: 'error', origin: 'buildkit-error', title: 'A flag this instruction does not know'},
  RunDeviceNeedsLabs: {group: 'instructions', severity: 'error', origin: 'buildkit-error', title: 'RUN --device needs the labs frontend', refusalPhase: 6},
  UntargetableStage: {group: 'stage-names-and-references', severity: 'info', origin: 'stagecraft', title: 'An unnamed stage cannot be a --target'},
  FileTooLarge: {group: 'refusals', severity: 'error', origin: 'stagecraft', title: 'The file is larger than Stagecraft analyses'},
  EndOfLifeBaseImage: {
    group: 'base-images-and-args',
    severity: 'warning',
    origin: 'stagecraft',
    title: "The base image's release line has reached its end of life",
  },
} satisfies Record<string, DiagnosticDefinition>;

export type DiagnosticCode = keyof typeof diagnosticDefinitions;

/** Every code a Diagnostic may carry: the defined ones, and InternalError for a bug in Stagecraft (never the file's fault). */
export type AnyDiagnosticCode = DiagnosticCode | 'InternalError';

/** BuildKit's phase for a refusal code (0 for codes that only refuse at parse time). */
export function refusalPhase(code: DiagnosticCode): number {
  const definition: DiagnosticDefinition = diagnosticDefinitions[code];
  return definition.refusalPhase ?? 0;
}

/** The anchor of a code's explanation: `UndefinedStage` → `undefined-stage`, `DL3022` → `dl3022`. */
export function diagnosticAnchor(code: string): string {
  return code
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

/** The index of the diagnostics reference: what the codes are, and a link to every group's page. */
export const diagnosticsPagePath = '/reference/diagnostics';

export function diagnosticGroupPath(group: DiagnosticGroup): string {
  return `${diagnosticsPagePath}/${group}`;
}

/** Every code's URL, made once: each diagnostic carries one. */
const urls = new Map(Object.entries(diagnosticDefinitions).map(([code, {group}]) => [code, `${diagnosticGroupPath(group)}#${diagnosticAnchor(code)}`]));

/** Where the site explains `code`; the reference's index for a code it does not know. */
export function diagnosticUrl(code: string): string {
  return urls.get(code) ?? diagnosticsPagePath;
}

/**
 * Where an anchor of the single page the reference used to be now lives (`dl3022` → the DL3022 entry, `refusals` →
 * the refusals page, `build-check-parity` → the build checks page), or null: links in teams' docs, reports and SARIF files from earlier versions use them.
 */
export function movedAnchorUrl(anchor: string): string | null {
  if (anchor === 'build-check-parity') return `${diagnosticsPagePath}/build-checks#${anchor}`;
  const group = diagnosticGroups.find((g) => g === anchor);
  if (group) return diagnosticGroupPath(group);
  const code = Object.keys(diagnosticDefinitions).find((c) => diagnosticAnchor(c) === anchor);
  return code === undefined ? null : diagnosticUrl(code);
}

export function createDiagnostic(
  code: DiagnosticCode,
  message: string,
  range: SourceRange,
  stage: number | null = null,
  severity: Severity = diagnosticDefinitions[code].severity,
): Diagnostic {
  return {
    code,
    severity,
    message,
    line: range.line,
    column: range.column,
    endLine: range.endLine,
    endColumn: range.endColumn,
    url: diagnosticUrl(code),
    stage,
  };
}
