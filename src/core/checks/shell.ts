import {basename} from '../contents/paths';
import {recogniseDependencyInstall} from '../estimate/recogniseDependencyInstall';
import {splitShellCommands, type ShellCommand} from '../contents/shell';
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

export type PackageManagerName = 'npm' | 'yarn' | 'pnpm' | 'bun' | 'go' | 'pip' | 'cargo' | 'maven';

export interface DependencyInstall {
  manager: PackageManagerName;
  /** For JavaScript installs: true when only production dependencies are installed. */
  productionOnly: boolean;
}

function managerOf(command: SimpleCommand): PackageManagerName | null {
  const [program, sub, third] = command.words;
  const name = basename(program ?? '');
  if (name === 'npm' || name === 'yarn' || name === 'pnpm' || name === 'bun' || name === 'go' || name === 'cargo') return name;
  if (name === 'mvn' || name === 'mvnw') return 'maven';
  if (/^pip3?(?:\.\d+)?$/.test(name) || (name === 'uv' && sub === 'pip') || (/^python3?(?:\.\d+)?$/.test(name) && sub === '-m' && /^pip3?$/.test(third ?? '')))
    return 'pip';
  return null;
}

const installsFromManifest = (words: readonly string[]): boolean =>
  words.some((word) => word === '-r' || word.startsWith('--requirement') || /^-r\S/.test(word));

/**
 * A dependency install, as the stage-contents model's install recogniser reads it (it adds dependencies):
 * npm/yarn/pnpm/bun installs (not global), `go mod download`, `cargo fetch`, Maven's go-offline, and
 * `pip install -r <file>` (a pip install of named packages is not a manifest's dependencies).
 */
export function dependencyInstall(command: SimpleCommand, env: ReadonlyMap<string, string> = new Map()): DependencyInstall | null {
  const manager = managerOf(command);
  if (manager === null || (manager === 'pip' && !installsFromManifest(command.words))) return null;
  const effects = recogniseDependencyInstall(command, {workdir: '/', env, home: '/root', distro: null, venv: null});
  const installed = effects
    .flatMap((effect) => (effect.kind === 'add' ? effect.items : []))
    .filter((item) => item.category === 'dependencies' || item.category === 'dev-dependencies');
  if (installed.length === 0) return null;
  return {manager, productionOnly: !installed.some((item) => item.category === 'dev-dependencies')};
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
