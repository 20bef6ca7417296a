import {basename} from '../contents/paths';
import {installsProductionOnly} from '../estimate/recogniseDependencyInstall';
import {splitShellCommands, type ShellCommand} from '../estimate/splitShellCommands';
import type {RunInstruction} from '../types';

/**
 * The RUN commands the exercises care about (dependency installs, pruning, CGO settings), read from the
 * one shell splitter (`splitShellCommands`) that the stage-contents model also uses.
 */

/** One simple command: leading `NAME=value` assignments (`env`), then the words. */
export type SimpleCommand = ShellCommand;

const shells = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);


/** The simple commands a script runs, `sh -c '…'` unwrapped. */
export function commandsOfScript(script: string): SimpleCommand[] {
  return splitShellCommands(script).filter((command) => command.words.length > 0 || Object.keys(command.env).length > 0);
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
    return inner !== null ? commandsOfScript(inner) : [{words: [...run.exec], env: {}, writes: []}];
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
  const production = (manager: 'npm' | 'yarn' | 'pnpm' | 'bun', args: readonly string[]): DependencyInstall => ({
    manager,
    productionOnly: installsProductionOnly(manager, args, command, env),
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
  if ((name === 'npm' || name === 'pnpm') && sub === 'prune') return installsProductionOnly(name, rest, command, env);
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
