import type {CacheReport} from './cache/simulateCache';
import type {StageContents} from './contents/buildStageContents';
import type {BuildPlan} from './plan/buildPlan';
import type {BuilderId} from './plan/builders';
import type {AnyDiagnosticCode, DiagnosticCode} from './diagnostics/codes';

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
  code: AnyDiagnosticCode;
  severity: Severity;
  /** Written for a learner: what is wrong, and why it matters. */
  message: string;
  /** Where Stagecraft explains the code, as a site path (`/reference/diagnostics/stage-names-and-references#dl3022`), or null. */
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
  | {kind: 'invalid'; raw: string; problem: 'variable' | 'index-out-of-range'; reason: string};

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
  /** Quotes and escapes removed, variables not expanded. */
  path: string;
  /** As written: what BuildKit expands, quotes and escapes included (walkStages expands it once). */
  rawPath: string;
}

export interface KeyValue {
  name: string;
  /** Null for `ARG NAME` without a default. */
  value: string | null;
  /** The value as written in an instruction, quotes and escapes kept: what BuildKit expands. */
  raw?: string;
}

export interface EnvInstruction extends InstructionBase {
  kind: 'env' | 'arg' | 'label';
  variables: KeyValue[];
}

export interface UserInstruction extends InstructionBase {
  kind: 'user';
  user: string;
  /** As written, for the one expansion (see WorkdirInstruction.rawPath). */
  rawUser: string;
}

export interface CommandInstruction extends InstructionBase {
  kind: 'cmd' | 'entrypoint';
  /** The exec-form argument list, or null for shell form (see `text`). */
  exec: string[] | null;
}

export interface OtherInstruction extends InstructionBase {
  kind: 'other';
}

export type Instruction = RunInstruction | CopyInstruction | WorkdirInstruction | EnvInstruction | UserInstruction | CommandInstruction | OtherInstruction;

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
  /** The `--platform` value with the global and predefined ARGs expanded (`linux/amd64`), or null. */
  platformValue: string | null;
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
  code: DiagnosticCode;
  message: string;
  line: number | null;
}

// ---------------------------------------------------------------------------------------------
// The estimate: what each stage holds and weighs, and what the final image leaves behind.

export type ContentCategory =
  'base-image' | 'toolchain' | 'os-packages' | 'dependencies' | 'dev-dependencies' | 'source' | 'build-output' | 'cache' | 'secret' | 'other';

/** Decimal bytes (1 MB = 1,000,000). */
export interface SizeRange {
  min: number;
  max: number;
}

/**
 * How an item reached a stage: `base-image` (the stage's base image and what it carries), `instruction`
 * (this stage's own instruction, or an ONBUILD trigger of its parent), `inherited` (from the stage it is
 * built on), `copy` (COPY/ADD --from another stage or an image).
 */
export type ContentVia = 'base-image' | 'instruction' | 'inherited' | 'copy';

export interface ContentItem {
  /**
   * Identifies the thing, not the entry: an inherited or copied item keeps the id of the item it comes
   * from. Base images are `image:<ref>`, their toolchains `toolchain:<name>`, others `<stage>:<line>:<n>`.
   */
  id: string;
  category: ContentCategory;
  /** For people: `node_modules with devDependencies (npm ci)`. */
  label: string;
  /** Typical size in decimal bytes, an estimate; null when nothing honest can be guessed ("unknown"). */
  bytes: number | null;
  /** The range the size lies in, where one is known. */
  range: SizeRange | null;
  /** The line that put the item into this stage (the COPY for a copied item; the parent's line when inherited). */
  line: number;
  /** Where it lives in the stage's filesystem (absolute; may hold `*` where a name is not known). */
  paths: string[];
  /** One sentence: where the figure comes from. */
  assumption: string;
  via: ContentVia;
  /** The stage and line that first added it. */
  origin: {stage: number; line: number};
  /** For a copied item: the stage (index) or image it was copied from. */
  copiedFrom: {stage: number | null; image: string | null} | null;
  /** When only a part of another item was copied (one file out of `dist`): that item's id. */
  partOf: string | null;
  /** `base-image` when the size is counted in the base image's figure (a toolchain shipped with it). */
  includedIn: 'base-image' | null;
  /**
   * Line of a later instruction that deleted or replaced it. Its bytes still count: the layer that added
   * it keeps them. Null while it is still in the filesystem.
   */
  removedAt: number | null;
  /** For toolchains: true when it builds (Go, gcc, rustc, javac, Maven), false for a runtime (Node.js, a JRE). */
  compiler: boolean;
  /** For source: the whole build context (`COPY . .`, `ADD . /app`), not chosen files or folders. */
  wholeBuildContext: boolean;
  /**
   * For a base image the catalog has a compressed figure for: what a pull downloads (`bytes` is the size on disk,
   * the figure the totals use). Absent otherwise.
   */
  compressed?: CompressedSize;
}

/** A compressed (pull) size from the base-image catalog: read from published metadata, or estimated. */
export interface CompressedSize {
  bytes: number;
  kind: 'reading' | 'estimate';
  readFor: string | null;
}

export interface StageEstimate {
  index: number;
  /** Sum of the sizes of its contents (every layer); null when the base image's size is unknown. */
  bytes: number | null;
  range: SizeRange | null;
  /** How many items have an unknown size (left out of `bytes`, which is then a lower bound). */
  unknownItems: number;
  /** Why `bytes` is null, or what it leaves out; null when there is nothing to say. */
  note: string | null;
  contents: ContentItem[];
}

export type EstimateWarningCategory = 'toolchain' | 'source' | 'dev-dependencies' | 'cache' | 'secret';

export interface EstimateWarning {
  category: EstimateWarningCategory;
  /** Written for a learner: what the final image still carries, and what to do about it. */
  message: string;
  /** The line to look at (where the item entered the final image's chain). */
  line: number;
  /** The stage whose contents carry it (the final stage). */
  stage: number;
  /** The content item the warning is about ('' when the finding names no single item). */
  itemId: string;
  bytes: number | null;
  /**
   * Set when the warning is a finding of the stage-contents model that an exercise check and a diagnostic
   * share: `whole-source` (no-source-in-runtime, SourceInFinalStage).
   */
  finding?: 'whole-source';
}

export interface LeftBehindItem extends ContentItem {
  /** The built stage that holds it (the first, in file order). */
  stage: number;
}

/**
 * Where a part of an image comes from: its base image, the build context (COPY/ADD without --from), another
 * stage or an image (COPY --from), or what a RUN wrote.
 */
export type BreakdownOrigin = 'base-image' | 'context' | 'stage' | 'image' | 'run';

/** One part of a stage's bytes by origin: one per base image, per COPY/ADD line and per RUN line. */
export interface BreakdownPart {
  origin: BreakdownOrigin;
  /** The stage the bytes come from: the source stage of a COPY --from, else the stage whose line it is. Null for an image or an unplaceable source. */
  stage: number | null;
  /** The image of a `base-image` or `image` part, else null. */
  image: string | null;
  /** The line to look at: the FROM line of the base image, the COPY/ADD or RUN line. */
  line: number;
  /** Known bytes; null when none of its items has a known size. */
  bytes: number | null;
  /** Items of unknown size in the part (left out of `bytes`). */
  unknownItems: number;
  /** For people: `node:24-slim`, `COPY --from=build /app/dist`, `RUN npm ci`. */
  label: string;
  itemIds: string[];
}

export type WasteKind = 'ownership-change' | 'deleted-later' | 'package-cache' | 'whole-filesystem-copy' | 'whole-workdir-copy';

/** Bytes the final image ships for nothing, found from the Dockerfile before any build. */
export interface WasteFinding {
  kind: WasteKind;
  /** The line to change. */
  line: number;
  /** Estimated bytes wasted; null when unknown. */
  bytes: number | null;
  /** Written for a learner: what is wasted and why. */
  message: string;
  /** What to write instead. */
  fix: string;
  /** Other lines involved (the COPY lines a chown duplicates, the line that deletes). */
  relatedLines: number[];
}

/** The final image on another variant of the same runtime. */
export interface BaseAlternative {
  /** The reference to write in the FROM line. */
  image: string;
  /** The catalog entry (`node/alpine`). */
  entry: string;
  /** For people: what the variant is. */
  description: string;
  /** The final image's estimated bytes on this base; null when a size is unknown. */
  bytes: number | null;
  /** The variant's own size; null when unknown. */
  baseBytes: number | null;
  /** What would stop working, each naming the line where it can. */
  breaks: string[];
}

export interface Estimate {
  stages: StageEstimate[];
  /** The target stage; null when there is none. */
  final: {index: number; bytes: number | null; range: SizeRange | null} | null;
  /**
   * The same steps built as one stage on the build stage's base: that base plus what every built stage
   * adds itself, each copied item counted once.
   */
  singleStage: {bytes: number | null; range: SizeRange | null; base: string | null; buildStage: number | null};
  /** What built stages other than the target hold that the final image does not. */
  leftBehind: LeftBehindItem[];
  /** What the final image still carries that a runtime image should not. */
  warnings: EstimateWarning[];
  /** `singleStage.bytes - final.bytes`, and that as a percentage of the single-stage size; null when unknown. */
  savings: {bytes: number | null; percent: number | null};
  /** The final image's bytes by origin (base image, context, each COPY --from, each RUN). */
  breakdown: BreakdownPart[];
  /** Waste in the final image, found before the build. */
  waste: WasteFinding[];
  /**
   * dive-like: 1 - wasted / total, where total is every layer's bytes (the final size plus what a chown/chmod
   * stores again) and wasted is what later layers delete or store again. Null when the final size is unknown.
   */
  efficiency: number | null;
  /** The final stage's base swapped for other variants of the same runtime. */
  alternatives: BaseAlternative[];
  assumptions: string[];
}

export interface Analysis {
  stages: Stage[];
  dependencies: Dependency[];
  externalImages: ExternalImage[];
  /** The stage built by default (the last) or the one `--target` names; null when there is none. */
  target: number | null;
  builtStages: number[];
  legacyBuiltStages: number[];
  /**
   * Stages a `--build-context` of the same name replaces: BuildKit runs none of their instructions, and what
   * they would have built on or copied from is not built for them. Not in `builtStages`.
   */
  replacedStages: number[];
  diagnostics: Diagnostic[];
  /** Why BuildKit would refuse to build this file for the target, in BuildKit's words; null when it would build. */
  error: string | null;
  errorDetail: AnalysisError | null;
  /** Global ARGs declared before the first FROM, with the value each ends up with. */
  globalArgs: KeyValue[];
  escapeCharacter: string;
  /** Estimated contents and size of each stage, and of the final image against a single-stage build. */
  estimate: Estimate;
  /**
   * The stage-contents model, one per stage in file order: each stage's state instruction by instruction
   * and what it holds. The estimate, the exercise checks and the content diagnostics read it. Not in the JSON.
   */
  contents: StageContents[];
  /** Which stages the chosen builder builds, in what order and waves, and where they run. */
  plan: BuildPlan;
  /** What reruns after the `changes` given; null when none were given. */
  cache: CacheReport | null;
}

export interface AnalyzeOptions {
  /** `--target`: a stage name (any case) or a numeric index. */
  target?: string | null;
  /** `--build-arg NAME=VALUE` values. */
  buildArgs?: Record<string, string>;
  /** The day support windows are judged on (EndOfLifeBaseImage); the day the analysis runs when absent. */
  today?: Date;
  /** The build context's `.dockerignore` text (`--dockerignore FILE`), or null/absent when there is none. */
  dockerignore?: string | null;
  /** Names given with `--build-context NAME=…`: a FROM or --from naming one uses that context. */
  buildContexts?: readonly string[];
  /** `--builder`: whose rules the build plan follows (default `buildkit`). */
  builder?: BuilderId;
  /** `--platform os/arch[/variant]`: the target platform; null or unreadable means the build host's (linux/amd64). */
  platform?: string | null;
  /** `--change WHAT` (repeatable): what the cache simulation changes; unreadable values are left out. */
  changes?: readonly string[];
}
