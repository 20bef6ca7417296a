import type {CheckSpec} from '../core';
import type {Builder} from '../core';

/** What every exercise has: an id equal to its folder name, words for the learner, and the next exercise. */
interface ExerciseBase {
  /** Kebab-case, equal to the exercise's folder name. */
  id: string;
  title: string;
  /** What to achieve, for the learner (a paragraph or two, plain text). */
  goal: string;
  /** Progressive hints, each more specific than the one before. */
  hints: readonly string[];
  /** A short explanation of the model solution. */
  explanation: string;
  /** The next exercise's id, or null for the last one. */
  next: string | null;
}

/** An exercise where the learner edits a Dockerfile and the check engine judges it. */
export interface DockerfileExercise extends ExerciseBase {
  kind: 'dockerfile';
  /** The Dockerfile the learner starts from. */
  start: string;
  /** A model solution: passes every required check (tests make sure). */
  solution: string;
  /** The checks, in the order they are shown. */
  checks: readonly CheckSpec[];
}

/** One predict-the-build question: the answer is computed by the analysis, never written here. */
export interface PredictQuestion {
  id: string;
  /** The question as asked. */
  prompt: string;
  dockerfile: string;
  /** The command, as typed: `docker build --target test .`, `DOCKER_BUILDKIT=0 docker build .`. */
  command: string;
  builder: Builder;
  /** Whether BuildKit and the legacy builder build different stages for this command (tests make sure). */
  buildersDiffer: boolean;
  /** Why the answer is what it is, shown after grading (it must not contradict the engine). */
  explanation: string;
}

/** A multiple-choice exercise: for each question, tick the stages the command builds. */
export interface PredictExercise extends ExerciseBase {
  kind: 'predict';
  questions: readonly PredictQuestion[];
}

export type Exercise = DockerfileExercise | PredictExercise;
