import type {StageContents} from '../contents/buildStageContents';
import type {StagePurpose} from '../contents/stagePurpose';
import type {StageGraph} from '../graph/buildStageGraph';
import type {BuildContextMatcher} from '../model/buildContextNames';
import type {StageModel} from '../model/buildStageModel';
import type {Platform} from '../model/predefinedArgs';
import type {DiagnosticSink} from '../model/refusals';
import type {ParsedFile} from '../parse/parseDockerfile';
import type {AnalyzeOptions} from '../types';

/** What every whole-file rule may read. Rules only add diagnostics to the sink. */
export interface RuleContext {
  parsed: ParsedFile;
  model: StageModel;
  graph: StageGraph;
  /** The stage-contents model (empty when it could not be built). */
  contents: readonly StageContents[];
  /** Stages BuildKit builds for a plain `docker build .` (the default target), whatever target was chosen. */
  defaultBuilt: ReadonlySet<number>;
  /** What the last stage (the default target) is for, read once for the final-stage rules; null without stages. */
  finalPurpose: StagePurpose | null;
  /** `--target` as given (a name, or an index: Stagecraft's extension), or null. */
  targetOption: string | null;
  /** The day support windows are judged on. */
  today: Date;
  /** The build inputs: build args, `.dockerignore`, named build contexts. */
  options: AnalyzeOptions;
  /** `options.platform` as read once for the whole analysis, or null without one (or when it does not parse). */
  platform: Platform | null;
  /** The `--build-context` names of `options`, matched as BuildKit matches them. */
  buildContexts: BuildContextMatcher;
  sink: DiagnosticSink;
}

export type Rule = (context: RuleContext) => void;
