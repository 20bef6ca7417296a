import {lookupBaseImage} from '../estimate/lookupBaseImage';
import {baseImageOf} from '../model/stageChain';
import type {Analysis, CommandInstruction, Stage} from '../types';
import {commandsOfScript} from './shell';
import {basename, resolvePath} from '../contents/paths';
import {finalEnv, finalWorkdir, stageSteps, type Step} from './steps';

/**
 * What a container of a stage starts: ENTRYPOINT and CMD as the image config ends up with them (the
 * last of each along the stage chain, an ENTRYPOINT resetting an earlier CMD, the base image's own
 * ENTRYPOINT from the catalog when the file sets none), and the file that command runs.
 */

export interface StartCommand {
  /** The argument vector the container runs. */
  argv: string[];
  /** The CMD or ENTRYPOINT step that names the program or script (the last of them), or null. */
  step: Step | null;
  /** The base image's ENTRYPOINT when it is part of argv (distroless Node.js: node). */
  baseEntrypoint: readonly string[] | null;
}

export type StartFile = {kind: 'file'; candidates: string[]; shown: string; how: 'script' | 'program'} | {kind: 'unknown'; reason: string};

const defaultPath = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
const nodePrograms = new Set(['node', 'nodejs', 'bun', 'deno', 'tsx', 'ts-node']);
/** Programs that run their arguments as the real command. */
const launchers = new Set(['docker-entrypoint.sh', 'tini', 'tini-static', 'dumb-init', 'env', 'exec', 'su-exec', 'gosu']);
/** Whether a program only launches its arguments (tini, the node image's docker-entrypoint.sh). */
export const isLauncher = (program: string): boolean => launchers.has(basename(program));
const packageManagers = new Set(['npm', 'yarn', 'pnpm', 'npx']);
const shells = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);
/** Node options that take a value as the next word. */
const nodeOptionsWithValue = new Set(['-r', '--require', '--import', '--loader', '--experimental-loader', '--env-file', '--title', '--conditions', '-C']);

function argvOf(instruction: CommandInstruction): string[] {
  return instruction.exec ?? ['/bin/sh', '-c', instruction.text];
}

/** The command a container of `stage` runs. */
function startCommandOf(stage: Stage, analysis: Analysis): StartCommand {
  let entrypoint: {argv: string[]; shell: boolean; step: Step} | null = null;
  let cmd: {argv: string[]; step: Step} | null = null;
  for (const step of stageSteps(stage, analysis)) {
    const instruction = step.instruction;
    if (instruction.kind === 'entrypoint') {
      entrypoint = {argv: argvOf(instruction), shell: instruction.exec === null, step};
      cmd = null;
    } else if (instruction.kind === 'cmd') {
      cmd = {argv: argvOf(instruction), step};
    }
  }
  if (entrypoint !== null) {
    // A shell-form ENTRYPOINT ignores CMD.
    const argv = entrypoint.shell ? entrypoint.argv : [...entrypoint.argv, ...(cmd?.argv ?? [])];
    return {argv, step: entrypoint.shell || cmd === null ? entrypoint.step : cmd.step, baseEntrypoint: null};
  }
  const base = lookupBaseImage(baseImageOf(stage, analysis.stages)).entrypoint;
  return {argv: [...(base ?? []), ...(cmd?.argv ?? [])], step: cmd?.step ?? null, baseEntrypoint: base};
}

const isScript = (word: string): boolean => /\.(?:c|m)?[jt]s$/.test(word);

/** The script a Node.js-like program runs (first argument that is not an option), or null. */
function scriptArgument(words: readonly string[]): string | null | 'inline' {
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    if (word === '-e' || word === '--eval' || word === '-p' || word === '--print') return 'inline';
    if (nodeOptionsWithValue.has(word)) {
      i++;
      continue;
    }
    if (word === 'run' && basename(words[0]!) === 'deno') continue;
    if (word.startsWith('-')) continue;
    return word;
  }
  return null;
}

function scriptCandidates(path: string): string[] {
  return /\.[a-z]+$/i.test(basename(path)) ? [path] : [path, `${path}.js`, `${path}.cjs`, `${path}.mjs`, `${path}/index.js`];
}

/**
 * The file a start command runs: the `.js` script given to node (or to a base image's node entrypoint),
 * or the program itself (a Go binary), resolved against the final WORKDIR or looked up on PATH.
 */
function startFileOf(stage: Stage, analysis: Analysis, command: StartCommand): StartFile {
  let workdir = finalWorkdir(stage, analysis);
  const env = finalEnv(stage, analysis);
  const path = (env.get('PATH') ?? '').split(':').filter((dir) => dir.startsWith('/'));
  const searchPath = path.length > 0 ? path : defaultPath;

  let words = [...command.argv];
  if (command.step === null) {
    return {kind: 'unknown', reason: 'the final stage has no CMD or ENTRYPOINT, so nothing says which file the container starts'};
  }
  // Unwrap launchers and shells until the real program is first.
  for (let guard = 0; guard < 10 && words.length > 0; guard++) {
    const program = basename(words[0]!);
    if (launchers.has(program)) {
      words = words.slice(1);
      while (words[0] !== undefined && (words[0].startsWith('-') || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0]))) {
        if (words[0] === '--') {
          words = words.slice(1);
          break;
        }
        words = words.slice(1);
      }
      // The node image's docker-entrypoint.sh runs `node` when the first argument is a script.
      if (program === 'docker-entrypoint.sh' && words[0] !== undefined && isScript(words[0])) words = ['node', ...words];
      continue;
    }
    if (shells.has(program)) {
      const flag = words.findIndex((word, i) => i > 0 && /^-[a-z]*c[a-z]*$/.test(word));
      const script = flag === -1 ? undefined : words[flag + 1];
      if (script === undefined) break;
      const commands = commandsOfScript(script)
        .map((c) => c.words)
        .filter((w) => w.length > 0);
      // `cd dir && node x.js`: the directory changes before the program runs.
      const chosen =
        [...commands].reverse().find((w) => nodePrograms.has(basename(w[0]!)) && scriptArgument(w) !== null) ??
        commands.find((w) => !['cd', 'set', 'export', 'echo', 'true'].includes(w[0]!)) ??
        null;
      if (chosen === null) break;
      for (const w of commands) {
        if (w === chosen) break;
        if (w[0] === 'cd' && w[1] !== undefined) workdir = resolvePath(workdir, w[1]);
      }
      words = chosen;
      continue;
    }
    break;
  }
  const first = words[0];
  if (first === undefined) return {kind: 'unknown', reason: 'the start command runs nothing Stagecraft can name'};
  const program = basename(first);
  if (nodePrograms.has(program)) {
    const script = scriptArgument(words);
    if (script === 'inline') return {kind: 'unknown', reason: `${words.join(' ')} runs inline code, not a file`};
    if (script === null) return {kind: 'unknown', reason: `${words.join(' ')} names no script, so node would start a REPL`};
    return {kind: 'file', candidates: scriptCandidates(resolvePath(workdir, script)), shown: script, how: 'script'};
  }
  if (/^python(?:3(?:\.\d+)?)?$/.test(program) || program === 'java') {
    const script = program === 'java' ? words[words.indexOf('-jar') + 1] : words.slice(1).find((word) => !word.startsWith('-'));
    if (script === undefined || (program === 'java' && !words.includes('-jar'))) {
      return {kind: 'unknown', reason: `${words.join(' ')} names no file Stagecraft can follow`};
    }
    return {kind: 'file', candidates: [resolvePath(workdir, script)], shown: script, how: 'script'};
  }
  if (packageManagers.has(program)) {
    return {
      kind: 'unknown',
      reason: `${words.join(' ')} runs a package.json script, so the file it starts is not named in the Dockerfile; name it, e.g. CMD ["node", "dist/server.js"] (npm also does not pass stop signals on to your app)`,
    };
  }
  if (isScript(first)) return {kind: 'file', candidates: scriptCandidates(resolvePath(workdir, first)), shown: first, how: 'script'};
  if (first.includes('/')) return {kind: 'file', candidates: [resolvePath(workdir, first)], shown: first, how: 'program'};
  return {kind: 'file', candidates: searchPath.map((dir) => resolvePath(dir, first)), shown: first, how: 'program'};
}

/** A stage's start command, the file it runs, and the line that names them (the CMD/ENTRYPOINT, else the FROM). */
export function startOf(stage: Stage, analysis: Analysis): {command: StartCommand; commandLine: number; startFile: StartFile} {
  const command = startCommandOf(stage, analysis);
  return {command, commandLine: command.step?.instruction.range.line ?? stage.line, startFile: startFileOf(stage, analysis, command)};
}
