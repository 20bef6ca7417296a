import {readStored, removeStored, storedKeys, writeStored} from '../lib/storage';

/** One exercise's progress, kept in this browser only. */
export interface ExerciseProgress {
  attempts: number;
  passed: boolean;
  /** The Dockerfile as last checked (or, for predict-the-build, null). */
  lastFile: string | null;
  updatedAt: number;
}

function isProgress(value: unknown): value is ExerciseProgress {
  if (typeof value !== 'object' || value === null) return false;
  const {attempts, passed, lastFile, updatedAt} = value as Record<string, unknown>;
  return (
    typeof attempts === 'number' &&
    Number.isInteger(attempts) &&
    attempts >= 0 &&
    typeof passed === 'boolean' &&
    (lastFile === null || (typeof lastFile === 'string' && lastFile.length <= 1_000_000)) &&
    typeof updatedAt === 'number'
  );
}

/** The storage key of an exercise's progress. */
export const progressKey = (id: string) => `progress:${id}`;

export function readProgress(id: string): ExerciseProgress | null {
  return readStored(progressKey(id), isProgress);
}

/** Records one Check: attempts go up, and a pass stays a pass. */
export function recordAttempt(id: string, passed: boolean, lastFile: string | null): ExerciseProgress {
  const previous = readProgress(id);
  const progress: ExerciseProgress = {
    attempts: (previous?.attempts ?? 0) + 1,
    passed: passed || (previous?.passed ?? false),
    lastFile,
    updatedAt: Date.now(),
  };
  writeStored(progressKey(id), progress);
  return progress;
}

/** Forgets one exercise's progress and its saved editor text. */
function resetProgress(id: string): void {
  removeStored(progressKey(id));
  removeStored(exerciseEditorKey(id));
}

/** Forgets all exercise progress. */
export function resetAllProgress(ids: readonly string[]): void {
  for (const id of ids) resetProgress(id);
  for (const key of storedKeys('progress:')) removeStored(key);
}

/** The autosave key of an exercise's editor. */
export function exerciseEditorKey(id: string): string {
  return `editor:exercise:${id}`;
}
