import {basename, isInside, resolvePath} from '../contents/paths';
import {expandVariables} from '../contents/walkStages';
import {optionValue} from '../estimate/resolveCommandPath';
import type {Analysis, Stage} from '../types';
import {commandsOfRun, type SimpleCommand} from './shell';
import {stageSteps, type Step} from './steps';

/**
 * Users as a stage knows them: who a USER or `--chown` value names, the ids the base image's accounts
 * and the stage's own `useradd`/`adduser` give them, and the `chown` commands a RUN runs. Read from the
 * stage walk and the one shell splitter.
 */

/** The user part of a USER or `--chown` value: `shop:shop` → `shop`, `10001` → `10001`. */
export function userPart(spec: string): string {
  return spec.split(':')[0]!.trim();
}

export function isRootUser(spec: string): boolean {
  const user = userPart(spec);
  return user === '' || user === 'root' || user === '0';
}

/** An account a RUN creates, and the id it asks for (null when the tool picks one). */
export interface CreatedUser {
  name: string;
  uid: number | null;
  step: Step;
}

/** Options of useradd and of adduser (Debian's and BusyBox's) that take a value. */
const optionsWithValue = new Set([
  '-u',
  '--uid',
  '-g',
  '--gid',
  '-G',
  '--groups',
  '--ingroup',
  '-d',
  '--home',
  '--home-dir',
  '-h',
  '-s',
  '--shell',
  '-c',
  '--comment',
  '--gecos',
  '-k',
  '--skel',
  '-K',
  '--key',
  '-e',
  '--expiredate',
  '-f',
  '--inactive',
  '-p',
  '--password',
  '-b',
  '--base-dir',
  '-R',
  '--root',
  '-P',
  '--prefix',
  '--firstuid',
  '--lastuid',
  '--conf',
]);

/** The account a `useradd`/`adduser` command creates, or null. */
function createdBy(command: SimpleCommand): {name: string; uid: number | null} | null {
  const [program, ...args] = command.words;
  if (program === undefined || !['useradd', 'adduser'].includes(basename(program))) return null;
  let name: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    if (optionsWithValue.has(word)) {
      i++;
      continue;
    }
    if (word.startsWith('-')) continue;
    name = word;
    break;
  }
  if (name === null) return null;
  const uid = optionValue(args, '--uid', '-u');
  return {name, uid: uid !== undefined && /^\d+$/.test(uid) ? Number(uid) : null};
}

/** The accounts the RUNs of a stage (inherited ones included) create, in order. */
export function createdUsers(stage: Stage, analysis: Analysis): CreatedUser[] {
  const users: CreatedUser[] = [];
  for (const step of stageSteps(stage, analysis)) {
    if (step.instruction.kind !== 'run') continue;
    for (const command of commandsOfRun(step.instruction)) {
      const created = createdBy(command);
      if (created !== null) users.push({...created, step});
    }
  }
  return users;
}

/** Names and their ids in a stage: root, the base image's accounts (by the catalog), and accounts created with an explicit id. */
export function userIds(stage: Stage, analysis: Analysis): ReadonlyMap<string, number> {
  const ids = new Map<string, number>([['root', 0]]);
  const info = analysis.contents[stage.index]?.walk.baseInfo;
  for (const user of [info?.defaultUser, ...(info?.otherUsers ?? [])]) if (user) ids.set(user.name, user.uid);
  for (const user of createdUsers(stage, analysis)) if (user.uid !== null) ids.set(user.name, user.uid);
  return ids;
}

/** Whether two user specs name the same account: the same word, or names and numbers with the same id. */
export function sameUser(a: string, b: string, ids: ReadonlyMap<string, number>): boolean {
  const first = userPart(a);
  const second = userPart(b);
  if (first === second) return true;
  const id = (user: string): number | null => (/^\d+$/.test(user) ? Number(user) : (ids.get(user) ?? null));
  const firstId = id(first);
  return firstId !== null && firstId === id(second);
}

/** The `--chown` value of a COPY/ADD step, variables expanded, or null. */
export function chownOf(step: Step, escape: string): string | null {
  const flag = step.instruction.flags.find((candidate) => candidate.name === 'chown');
  return flag?.value == null ? null : expandVariables(flag.value, step.env, escape);
}

/** A `chown` a RUN runs: the owner it sets and the absolute paths it names. */
export interface ChownCommand {
  owner: string;
  paths: string[];
  recursive: boolean;
  step: Step;
}

/** The `chown` commands of a stage's RUNs (inherited ones included), in order. */
export function chownCommands(stage: Stage, analysis: Analysis): ChownCommand[] {
  const found: ChownCommand[] = [];
  for (const step of stageSteps(stage, analysis)) {
    if (step.instruction.kind !== 'run') continue;
    for (const command of commandsOfRun(step.instruction)) {
      const [program, ...args] = command.words;
      if (program === undefined || basename(program) !== 'chown') continue;
      const operands = args.filter((word) => !word.startsWith('-'));
      if (operands.length < 2) continue;
      const recursive = args.some((word) => word === '--recursive' || /^-[A-Za-z]*R/.test(word));
      const paths = operands
        .slice(1)
        .filter((path) => !path.includes('$'))
        .map((path) => resolvePath(step.workdir, path));
      found.push({owner: operands[0]!, paths, recursive, step});
    }
  }
  return found;
}

/** Whether a chown command covers `path` (itself, or a folder around it with -R). */
export function chownCovers(chown: ChownCommand, path: string): boolean {
  return chown.paths.some((named) => named === path || (chown.recursive && isInside(path, named)));
}
