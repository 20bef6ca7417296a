/**
 * The exercise catalogue: exercises as data, in the order they are taken, looked up by id. The checks run
 * by the analysis core (src/core/checks); the UI and the CLI both call `checkExercise` and `gradeQuestion`.
 */
import {runChecks, type CheckReport} from '../core';
import type {Analysis} from '../core';
import {gradePrediction, predictionAnswer, type PredictionAnswer, type PredictionGrade} from '../core';
import {exerciseList} from './list';
import type {DockerfileExercise, Exercise, PredictQuestion} from './types';

export type {DockerfileExercise, Exercise, PredictExercise, PredictQuestion} from './types';

/** Every exercise, in order. */
export const exercises: readonly Exercise[] = exerciseList;

const byId = new Map(exercises.map((exercise) => [exercise.id, exercise]));

/** The exercise with this id, or null. */
export function findExercise(id: string): Exercise | null {
  return byId.get(id) ?? null;
}

/**
 * Runs an exercise's checks over a learner's Dockerfile: the contract's report. Pass the editor's analysis
 * of the same text (default target, no build args) to save analysing it twice.
 */
export function checkExercise(exercise: DockerfileExercise, text: string, analysis?: Analysis): CheckReport {
  return runChecks(exercise.checks, text, {exercise: exercise.id, analysis});
}

/** The engine's answer to a predict-the-build question: the stages to choose from and those built. */
export function answerQuestion(question: PredictQuestion): PredictionAnswer {
  return predictionAnswer(question.dockerfile, question.command);
}

/** Grades the stages (by index) a learner ticked for a question. */
export function gradeQuestion(question: PredictQuestion, ticked: readonly number[]): PredictionGrade {
  return gradePrediction(answerQuestion(question), ticked);
}
