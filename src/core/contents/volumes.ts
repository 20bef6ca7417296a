/**
 * VOLUME as it takes effect: the paths a stage declares as volumes, in JSON or space-separated form, with
 * variables expanded and each path absolute. A volume marks where a container is meant to write; a new
 * named or anonymous volume starts as a copy of what the image holds there, owner and mode included.
 */

import {unquote} from '../parse/flags';
import {parseExecForm} from '../model/toInstruction';
import type {Instruction} from '../types';
import {resolvePath} from './paths';
import {expandVariables, type Step} from './walkStages';

/** Whether an instruction is a VOLUME (the model keeps it as an `other` instruction). */
export function isVolume(instruction: Instruction): boolean {
  return instruction.kind === 'other' && instruction.keyword === 'VOLUME';
}

/** The absolute paths a VOLUME step declares (none for any other step). */
export function volumePathsOf(step: Step, escape = '\\'): string[] {
  const {instruction} = step;
  if (!isVolume(instruction)) return [];
  const written = parseExecForm(instruction.text) ?? instruction.words.map((word) => unquote(word, escape));
  return written
    .map((path) => expandVariables(path, step.env, escape).trim())
    .filter((path) => path !== '')
    .map((path) => resolvePath('/', path));
}
