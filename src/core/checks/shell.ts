import type {RunInstruction} from '../types';

/**
 * Just enough of a POSIX shell reader for the checks: a RUN's script split into simple commands, each a
 * list of words with quotes removed, and recognisers for the commands the exercises care about
 * (dependency installs, pruning, CGO settings). Not a shell: no expansion, no functions.
 */

/** One simple command: leading `NAME=value` assignments, then the words. */
export interface SimpleCommand {
  assignments: Record<string, string>;
  words: string[];
}

const shells = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);
/** Words that run the rest of the line as a command (`env X=1 go build`, `exec node`). */
const wrappers = new Set(['env', 'exec', 'sudo', 'time', 'nohup', 'command', 'builtin']);

const basename = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** Splits a shell script into simple commands at `;`, `&&`, `||`, `|`, `&`, newlines and parentheses. */
export function splitScript(script: string): string[][] {
  const commands: string[][] = [];
  let words: string[] = [];
  let word = '';
  let inWord = false;
  const endWord = (): void => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };
  const endCommand = (): void => {
    endWord();
    if (words.length > 0) commands.push(words);
    words = [];
  };
  for (let i = 0; i < script.length; i++) {
    const char = script[i]!;
    if (char === '\\' && i + 1 < script.length) {
      const next = script[++i]!;
      if (next !== '\n') {
        word += next;
        inWord = true;
      }
    } else if (char === "'") {
      const end = script.indexOf("'", i + 1);
      word += script.slice(i + 1, end === -1 ? script.length : end);
      inWord = true;
      i = end === -1 ? script.length : end;
    } else if (char === '"') {
      i++;
      while (i < script.length && script[i] !== '"') {
        if (script[i] === '\\' && i + 1 < script.length && '"\\$`'.includes(script[i + 1]!)) i++;
        word += script[i];
        i++;
      }
      inWord = true;
    } else if (char === '#' && !inWord) {
      while (i + 1 < script.length && script[i + 1] !== '\n') i++;
    } else if (char === ' ' || char === '\t' || char === '\r') {
      endWord();
    } else if (';&|\n()'.includes(char)) {
      endCommand();
    } else {
      word += char;
      inWord = true;
    }
  }
  endCommand();
  return commands;
}

const assignment = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s;

/** Separates leading assignments and wrapper words (`env`, `exec`) from the command itself. */
export function toSimpleCommand(words: readonly string[]): SimpleCommand {
  const assignments: Record<string, string> = {};
  let i = 0;
  for (;;) {
    const word = words[i];
    if (word === undefined) break;
    const match = assignment.exec(word);
    if (match) {
      assignments[match[1]!] = match[2]!;
      i++;
    } else if (wrappers.has(word)) {
      i++;
      while (words[i]?.startsWith('-')) i++;
    } else {
      break;
    }
  }
  return {assignments, words: words.slice(i).filter((w) => !w.startsWith('<<'))};
}

/** The simple commands a script runs, unwrapping `sh -c '…'`. */
export function commandsOfScript(script: string): SimpleCommand[] {
  const result: SimpleCommand[] = [];
  for (const words of splitScript(script)) {
    const command = toSimpleCommand(words);
    const inner = shellScriptArgument(command.words);
    if (inner !== null) result.push(...commandsOfScript(inner).map((c) => ({...c, assignments: {...command.assignments, ...c.assignments}})));
    else if (command.words.length > 0 || Object.keys(command.assignments).length > 0) result.push(command);
  }
  return result;
}

/** For `sh -c 'script'` (any shell, flags such as `-ex` allowed), the script; else null. */
function shellScriptArgument(words: readonly string[]): string | null {
  if (words.length < 3 || !shells.has(basename(words[0]!))) return null;
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    if (!word.startsWith('-')) return null;
    if (/^-[a-z]*c[a-z]*$/.test(word)) return words[i + 1] ?? null;
  }
  return null;
}

/** The simple commands a RUN runs: shell form, exec form (a shell's `-c` script unwrapped) and heredoc bodies. */
export function commandsOfRun(run: RunInstruction): SimpleCommand[] {
  if (run.exec !== null) {
    const inner = shellScriptArgument(run.exec);
    return inner !== null ? commandsOfScript(inner) : [toSimpleCommand(run.exec)];
  }
  return commandsOfScript(run.command);
}

// ---------------------------------------------------------------------------------------------
// Recognisers.

export type PackageManagerName = 'npm' | 'yarn' | 'pnpm' | 'bun' | 'go' | 'pip';

export interface DependencyInstall {
  manager: PackageManagerName;
  /** For JavaScript installs: true when only production dependencies are installed. */
  productionOnly: boolean;
}

const productionEnv = (assignments: Record<string, string>): boolean =>
  assignments.NODE_ENV === 'production' ||
  /^(?:dev|devdependencies)$/i.test(assignments.NPM_CONFIG_OMIT ?? assignments.npm_config_omit ?? '') ||
  /^(?:true|1)$/i.test(assignments.NPM_CONFIG_PRODUCTION ?? assignments.npm_config_production ?? '');

/** `--omit=dev`, `--omit dev`, `--production`, `--only=prod[uction]`, `--prod`, `-P` (pnpm). */
function hasProductionFlag(words: readonly string[], manager: PackageManagerName): boolean {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (/^--omit(?:=dev)?$/.test(word) && (word === '--omit=dev' || words[i + 1] === 'dev')) return true;
    if (/^--production(?:=true)?$/.test(word)) return true;
    if (/^--only(?:=prod(?:uction)?)?$/.test(word) && (word !== '--only' || /^prod(?:uction)?$/.test(words[i + 1] ?? ''))) return true;
    if (manager === 'pnpm' && (word === '--prod' || word === '-P')) return true;
  }
  return false;
}

const isGlobal = (words: readonly string[]): boolean => words.some((w) => w === '-g' || w === '--global' || w === '--location=global');

/**
 * A dependency install: `npm ci`, `npm install`/`npm i` (not global), `yarn` / `yarn install`,
 * `pnpm install`/`pnpm i`, `bun install`, `go mod download`, `pip install -r <file>`.
 * `env` holds the variables in effect (ENV, ARG), for NODE_ENV=production.
 */
export function dependencyInstall(command: SimpleCommand, env: ReadonlyMap<string, string> = new Map()): DependencyInstall | null {
  const [program, sub, ...rest] = command.words;
  if (program === undefined) return null;
  const name = basename(program);
  const production = (manager: PackageManagerName, args: readonly string[]): DependencyInstall => ({
    manager,
    productionOnly:
      hasProductionFlag(args, manager) ||
      productionEnv(command.assignments) ||
      productionEnv(Object.fromEntries(env)),
  });
  if (name === 'npm' && sub !== undefined && ['ci', 'install', 'i', 'add', 'clean-install', 'isntall', 'in', 'ins'].includes(sub)) {
    return isGlobal(rest) ? null : production('npm', rest);
  }
  if (name === 'yarn') {
    if (sub === undefined || sub === 'install' || (sub.startsWith('-') && !['-v', '--version', '-h', '--help'].includes(sub))) {
      return production('yarn', command.words.slice(1));
    }
    return null;
  }
  if (name === 'pnpm' && (sub === 'install' || sub === 'i')) return isGlobal(rest) ? null : production('pnpm', rest);
  if (name === 'bun' && (sub === 'install' || sub === 'i')) return production('bun', rest);
  if (name === 'go' && sub === 'mod' && rest[0] === 'download') return {manager: 'go', productionOnly: true};
  const pipArgs = name === 'pip' || name === 'pip3' ? command.words.slice(1) : /^python3?(?:\.\d+)?$/.test(name) && sub === '-m' && /^pip3?$/.test(rest[0] ?? '') ? rest.slice(1) : null;
  if (pipArgs && pipArgs[0] === 'install' && pipArgs.some((w) => w === '-r' || w.startsWith('--requirement') || /^-r\S/.test(w))) {
    return {manager: 'pip', productionOnly: true};
  }
  return null;
}

/** `npm prune --omit=dev` / `--production`, `pnpm prune --prod`, `yarn install --production` after a full install. */
export function prunesDevDependencies(command: SimpleCommand, env: ReadonlyMap<string, string> = new Map()): boolean {
  const [program, sub, ...rest] = command.words;
  if (program === undefined) return false;
  const name = basename(program);
  if ((name === 'npm' || name === 'pnpm') && sub === 'prune') {
    return hasProductionFlag(rest, name) || productionEnv(command.assignments) || productionEnv(Object.fromEntries(env));
  }
  return false;
}

/** `go build` (or `go install`, which also builds) and its arguments. */
export function isGoBuild(command: SimpleCommand): boolean {
  const [program, sub] = command.words;
  return program !== undefined && basename(program) === 'go' && (sub === 'build' || sub === 'install');
}

/** CGO_ENABLED set by `go env -w CGO_ENABLED=…` or `export CGO_ENABLED=…`, else null. */
export function cgoSetting(command: SimpleCommand): string | null {
  const [program, sub, ...rest] = command.words;
  if (program === undefined) return null;
  if (basename(program) === 'go' && sub === 'env' && rest.includes('-w')) {
    for (const word of rest) {
      const match = /^CGO_ENABLED=(.*)$/.exec(word);
      if (match) return match[1]!;
    }
  }
  if (program === 'export' || program === 'declare' || program === 'readonly') {
    for (const word of command.words.slice(1)) {
      const match = /^CGO_ENABLED=(.*)$/.exec(word);
      if (match) return match[1]!;
    }
  }
  return null;
}

/** Whether a `go build` links statically with cgo on: `-ldflags '-extldflags "-static"'`. */
export function linksStatically(command: SimpleCommand): boolean {
  return command.words.some((word, i) => /-extldflags[= ]?.*-static/.test(word) || (word === '-extldflags' && /-static/.test(command.words[i + 1] ?? '')));
}
