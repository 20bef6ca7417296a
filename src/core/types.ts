/**
 * The analysis model: what every view, the exercises and the CLI read. Shapes follow
 * design/analysis-contract.md; fields beyond the contract are additions, never renames.
 * Lines and columns are 1-based; `endColumn` is exclusive.
 */

export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic extends SourceRange {
  /** Stable code: a BuildKit build-check name or hadolint code where one exists. */
  code: string;
  severity: Severity;
  /** Written for a learner: what is wrong, and why it matters. */
  message: string;
  /** Where Stagecraft explains the code, as a site path (`/reference/diagnostics#dl3022`), or null. */
  url: string | null;
  /** The stage the diagnostic is about, when there is one. */
  stage: number | null;
}

export interface Flag {
  /** Lower-cased flag name without dashes: `from`, `mount`, `platform`. */
  name: string;
  /** The value with BuildKit's quote removal applied, or null for a bare `--flag`. */
  value: string | null;
  range: SourceRange;
}

export interface Heredoc {
  /** The delimiter word (`EOF`). */
  name: string;
  /** The body, without the terminator line (leading tabs removed for `<<-`). */
  body: string;
  /** The destination path for COPY/ADD heredocs (the last argument), else null. */
  destination: string | null;
}

/** Where a `COPY --from` or `RUN --mount from=` points. */
export type StageReference =
  | {kind: 'stage'; stage: number; raw: string}
  | {kind: 'image'; ref: string; raw: string}
  | {kind: 'invalid'; raw: string; reason: string};

export interface RunMount {
  /** `bind` (the default), `cache`, `secret`, `ssh`, `tmpfs`. */
  type: string;
  target: string | null;
  source: string | null;
  from: StageReference | null;
  /** Every key=value option as written (keys lower-cased). */
  options: Record<string, string>;
}

interface InstructionBase {
  /** Upper-cased keyword (`RUN`); the original spelling is in `keywordAsWritten`. */
  keyword: string;
  keywordAsWritten: string;
  range: SourceRange;
  /** Arguments after the flags, continuations joined, comment lines dropped. */
  text: string;
  /** Arguments after the flags, as separate words (quotes kept, as dockerfile-ast gives them). */
  words: string[];
  flags: Flag[];
  /** True when this instruction sits inside an ONBUILD of the stage (it runs in child stages). */
  onbuild: boolean;
}

export interface RunInstruction extends InstructionBase {
  kind: 'run';
  /** The command the shell runs: shell form text, exec form joined by spaces, plus heredoc bodies. */
  command: string;
  /** The exec-form argument list, or null for shell form. */
  exec: string[] | null;
  mounts: RunMount[];
  heredocs: Heredoc[];
}

export interface CopyInstruction extends InstructionBase {
  kind: 'copy' | 'add';
  /** Source paths as written (for `--from`, paths inside that stage or image). */
  sources: string[];
  /** Destination as written; null when missing. */
  destination: string | null;
  from: StageReference | null;
  heredocs: Heredoc[];
}

export interface WorkdirInstruction extends InstructionBase {
  kind: 'workdir';
  path: string;
}

export interface KeyValue {
  name: string;
  /** Null for `ARG NAME` without a default. */
  value: string | null;
}

export interface EnvInstruction extends InstructionBase {
  kind: 'env' | 'arg' | 'label';
  variables: KeyValue[];
}

export interface UserInstruction extends InstructionBase {
  kind: 'user';
  user: string;
}

export interface CommandInstruction extends InstructionBase {
  kind: 'cmd' | 'entrypoint';
  /** The exec-form argument list, or null for shell form (see `text`). */
  exec: string[] | null;
}

export interface OtherInstruction extends InstructionBase {
  kind: 'other';
}

export type Instruction =
  | RunInstruction
  | CopyInstruction
  | WorkdirInstruction
  | EnvInstruction
  | UserInstruction
  | CommandInstruction
  | OtherInstruction;

export interface Stage {
  index: number;
  /** Name lower-cased as BuildKit stores it, or null. */
  name: string | null;
  /** The name exactly as written after AS, or null. */
  declaredName: string | null;
  /** Base reference after substituting the global ARGs; a stage's name when built on a stage. */
  from: string;
  /** The base word as written in the FROM line. */
  fromAsWritten: string;
  /** Index of the stage this one is built on, or null when its base is an image. */
  fromStage: number | null;
  /** 1-based line of the FROM instruction. */
  line: number;
  /** The `--platform` value as written, or null. */
  platform: string | null;
  /** From the FROM line to the end of the stage's last instruction. */
  range: SourceRange;
  /** Instructions of this stage (not counting FROM), with ONBUILD triggers marked `onbuild`. */
  instructions: Instruction[];
}

export type DependencyKind = 'from' | 'copy' | 'mount';

export interface Dependency {
  stage: number;
  on: number;
  via: DependencyKind;
  /** First line where the edge occurs. */
  line: number;
  /** True when the edge comes from an ONBUILD trigger of the parent stage. */
  onbuild?: boolean;
}

export interface ExternalImage {
  stage: number;
  ref: string;
  via: 'copy' | 'mount';
  line: number;
  /** Where the `--from` flag (or the mount) is written. */
  range: SourceRange;
}

export interface AnalysisError {
  code: string;
  message: string;
  line: number | null;
}

export interface Analysis {
  stages: Stage[];
  dependencies: Dependency[];
  externalImages: ExternalImage[];
  /** The stage built by default (the last) or the one `--target` names; null when there is none. */
  target: number | null;
  builtStages: number[];
  legacyBuiltStages: number[];
  diagnostics: Diagnostic[];
  /** Why BuildKit would refuse to build this file for the target, in BuildKit's words; null when it would build. */
  error: string | null;
  errorDetail: AnalysisError | null;
  /** Global ARGs declared before the first FROM, with the value each ends up with. */
  globalArgs: KeyValue[];
  escapeCharacter: string;
}

export interface AnalyzeOptions {
  /** `--target`: a stage name (any case) or a numeric index. */
  target?: string | null;
  /** `--build-arg NAME=VALUE` values. */
  buildArgs?: Record<string, string>;
}
