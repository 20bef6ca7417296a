import type {Analysis} from '../types';

/** The stacks the conversion knows, as the stage-contents model shows them. */
export type StackKind = 'node' | 'static-site' | 'go' | 'python' | 'java' | 'rust';

/** A block of the proposed Dockerfile and why it is there, with the chapter that explains it. */
export interface ProposalSection {
  lines: string[];
  /** One sentence for a learner. */
  reason: string;
  /** A site path: `/tutorial/recipes/node#dockerfile`. */
  chapter: string;
}

/** One hunk of the diff from a file to the proposal: the lines it replaces and the lines it writes. */
export interface ProposalHunk {
  /** 1-based first line of the file the hunk replaces (where it inserts, when it removes nothing). */
  oldStart: number;
  removed: string[];
  added: string[];
  reason: string;
  chapter: string;
}

/** Something the conversion could not know and kept as the user wrote it: what to check. */
export interface ConvertNote {
  message: string;
  /** The line of the proposal it is about, or null. */
  line: number | null;
}

export interface ConvertEstimate {
  before: number | null;
  after: number | null;
  /** Base images of the final stage, before and after. */
  baseBefore: string;
  baseAfter: string;
  /** What the final image held before and no longer holds (labels from the estimate). */
  leftTheImage: string[];
}

export type ConvertResult =
  | {kind: 'declined'; reason: string; stack: StackKind | null}
  | {
      kind: 'proposal';
      stack: StackKind;
      dockerfile: string;
      sections: ProposalSection[];
      hunks: ProposalHunk[];
      notes: ConvertNote[];
      estimate: ConvertEstimate;
      /** The analysis of the proposal (verified: BuildKit accepts it, the start file is in the final image). */
      analysis: Analysis;
      /** The exercise rubric whose required checks the proposal passes, or null where none applies. */
      rubric: string | null;
    };

export interface ConvertOptions {
  /** The day support windows are judged on (the core keeps no clock). */
  today: Date;
}
