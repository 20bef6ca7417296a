/**
 * Builds and what they leave: `npm run build` (dist/ or build/ under the WORKDIR, or under each workspace for
 * `--workspaces`, `-w`, `pnpm -r`, `yarn workspaces foreach`), `tsc`, Vite, Next.js,
 * `go build -o X` (the binary X, plus Go's build cache), `cargo build --release` (target/release),
 * `mvn package` (target/*.jar), Gradle (build/libs/*.jar), and any other build command `runsBuild` knows
 * (its output somewhere under the WORKDIR). Only a Go binary has a typical size.
 */

import {basename} from '../contents/paths';
import {runsBuild} from '../contents/buildCommands';
import {artifactFigures} from './artifactFigures';
import {itemDraft, type CommandContext, type CommandEffect, type ItemDraft} from './itemDraft';
import {cargoHome, cargoRegistry, goModuleCache, mavenDependencies, mavenRepository} from './recogniseDependencyInstall';
import {envValue, optionValue, resolveCommandPath} from './resolveCommandPath';
import type {ShellCommand} from '../contents/shell';

const outputAssumption = 'the size of build output depends on the project; no typical figure is used';

function under(context: CommandContext, path: string): string {
  return `${context.workdir === '/' ? '' : context.workdir}/${path}`;
}

function output(label: string, paths: string[], fields: Partial<ItemDraft> = {}): CommandEffect {
  return {kind: 'add', items: [itemDraft({category: 'build-output', label, paths, assumption: outputAssumption, ...fields})]};
}

function outDir(args: readonly string[], context: CommandContext, fallback: string, ...names: string[]): string[] {
  for (const name of names) {
    const value = optionValue(args, name);
    if (value !== undefined) {
      const path = resolveCommandPath(value, context);
      if (path !== null) return [path];
    }
  }
  return [under(context, fallback)];
}

function goBuildCache(command: ShellCommand, context: CommandContext): ItemDraft | null {
  const configured = envValue(command, context, 'GOCACHE');
  const path = configured ? resolveCommandPath(configured, context) : `${context.home}/.cache/go-build`;
  if (path === null || configured === 'off') return null;
  return itemDraft({
    category: 'cache',
    label: "Go's build cache",
    paths: [path],
    assumption: 'the build cache grows with the project; with the module cache it is often hundreds of MB (estimate), so no figure is used',
  });
}

function goBinary(path: string, how: string, file: boolean): ItemDraft {
  const figure = artifactFigures.goBinary;
  return itemDraft({
    category: 'build-output',
    label: `Go binary (${how})`,
    bytes: figure.bytes,
    range: figure.range,
    paths: [path],
    assumption: figure.assumption,
    file,
  });
}

function recogniseGo(verb: string | undefined, args: string[], command: ShellCommand, context: CommandContext): CommandEffect[] {
  const cache = goBuildCache(command, context);
  const cacheItems = cache ? [cache] : [];
  if (verb === 'build') {
    const packages = args.filter((arg) => !arg.startsWith('-'));
    const out = optionValue(args, '-o');
    const outputs: ItemDraft[] = [];
    if (out !== undefined) {
      const path = resolveCommandPath(out, context);
      if (path !== null)
        outputs.push(out.endsWith('/') ? goBinary(`${path === '/' ? '' : path}/*`, `go build -o ${out}`, false) : goBinary(path, `go build -o ${out}`, true));
    } else if (!packages.some((pkg) => pkg.endsWith('...'))) {
      // Without -o, the binary is written to the WORKDIR, named after the package.
      outputs.push(goBinary(under(context, '*'), 'go build', true));
    }
    return [{kind: 'add', items: [...outputs, ...cacheItems]}];
  }
  if (verb === 'install') {
    const gobin = envValue(command, context, 'GOBIN');
    const gopath = envValue(command, context, 'GOPATH')?.split(':')[0] || '/go';
    const dir = resolveCommandPath(gobin || `${gopath}/bin`, context);
    return [{kind: 'add', items: [...(dir === null ? [] : [goBinary(`${dir === '/' ? '' : dir}/*`, 'go install', true)]), ...cacheItems]}];
  }
  if (verb === 'test' || verb === 'vet') return cacheItems.length > 0 ? [{kind: 'add', items: cacheItems}] : [];
  if (verb === 'clean') {
    const effects: CommandEffect[] = [];
    if (args.includes('-cache') && cache) effects.push({kind: 'remove', path: cache.paths[0]!});
    const modules = goModuleCache(command, context);
    if (args.includes('-modcache') && modules !== null) effects.push({kind: 'remove', path: modules});
    return effects;
  }
  return [];
}

function recogniseCargo(verb: string | undefined, args: string[], command: ShellCommand, context: CommandContext): CommandEffect[] {
  const home = cargoHome(command, context);
  const registry = home === null ? [] : [cargoRegistry(home, `cargo ${verb}`, true)];
  if (verb === 'build') {
    const profile = args.includes('--release') || args.includes('-r') ? 'release' : (optionValue(args, '--profile') ?? 'debug');
    const targetDir = optionValue(args, '--target-dir') ?? envValue(command, context, 'CARGO_TARGET_DIR');
    const base = targetDir === undefined ? under(context, 'target') : resolveCommandPath(targetDir, context);
    const triple = optionValue(args, '--target');
    if (base === null) return [{kind: 'add', items: registry}];
    const path = `${base === '/' ? '' : base}/${triple === undefined ? '' : `${triple}/`}${profile}`;
    return [
      {
        kind: 'add',
        items: [
          itemDraft({
            category: 'build-output',
            label: `cargo build output (target/${triple === undefined ? '' : `${triple}/`}${profile}, with compiled dependencies)`,
            paths: [path],
            assumption: outputAssumption,
          }),
          ...registry,
        ],
      },
    ];
  }
  if (verb === 'install') {
    return [
      {
        kind: 'add',
        items: [
          ...(home === null
            ? []
            : [
                itemDraft({
                  category: 'build-output',
                  label: 'binaries installed by cargo install',
                  paths: [`${home}/bin/*`],
                  assumption: outputAssumption,
                  file: true,
                }),
              ]),
          ...registry,
        ],
      },
    ];
  }
  return [];
}

const mavenPackaging = new Set(['package', 'install', 'verify', 'deploy']);
const gradleTasks = /^(?::[\w-]+)*:?(?:build|assemble|bootJar|jar|shadowJar|installDist)$/;

const nodeRunners = new Set(['npm', 'yarn', 'pnpm', 'bun']);
/** Where a package.json build script writes by convention (Vite/tsc, Create React App, static exports, Next.js). */
const conventionalOutputs = ['dist', 'build', 'out', '.next'];
/** Output flags passed through to a build script (`npm run build -- --outDir out`). */
const outputFlags = ['--outDir', '--outdir', '--out-dir', '--output', '-o', '--dist-dir'];

/** Flags of npm, yarn, pnpm and bun that take a value as the next word. */
const valueFlags = new Set(['-w', '--workspace', '--filter', '-F', '--prefix', '-C', '--dir', '--cwd']);
/** Flags that pick workspaces (all of them, or some by name or path). */
const workspaceFlags = new Set(['-w', '--workspace', '--workspaces', '-ws', '--ws', '--filter', '-F', '-r', '--recursive']);

interface NodeScript {
  script: string;
  /** The words that name the script, for the label (`npm run build --workspaces`). */
  how: string;
  /** null: the package in the WORKDIR; else the workspace folders the script runs in (may hold `*`). */
  workspaces: string[] | null;
}

/** A workspace named by path (`packages/api`) is that folder; one named by package name could be any of them. */
function workspaceFolder(value: string | undefined): string {
  return value !== undefined && value.includes('/') && !value.startsWith('@') && !/[*{]/.test(value) ? value.replace(/^\.\/|\/+$/g, '') : '*/*';
}

/**
 * The script a node package manager runs and where: `npm run build`, `npm run build --workspaces`,
 * `npm run build -w packages/api`, `pnpm -r build`, `pnpm --filter api build`, `yarn workspaces foreach -A run build`,
 * `yarn workspace api build`.
 */
function nodeScript(name: string, args: readonly string[]): NodeScript | null {
  const words: string[] = [];
  const folders: string[] = [];
  let all = false;
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const [flag, inline] =
      word.startsWith('--') && word.includes('=') ? [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)] : [word, undefined];
    // pnpm's -w is --workspace-root: the root package, not a workspace.
    if (name === 'pnpm' && flag === '-w') continue;
    if (flag.startsWith('-')) {
      const value = inline ?? (valueFlags.has(flag) ? args[++i] : undefined);
      if (workspaceFlags.has(flag)) {
        if (value === undefined || flag === '--workspaces') all = true;
        else folders.push(workspaceFolder(value));
      }
      continue;
    }
    words.push(word);
  }
  if (name === 'yarn' && words[0] === 'workspaces') all = true;
  if (name === 'yarn' && words[0] === 'workspace') folders.push(workspaceFolder(words[1]));
  const rest =
    name === 'yarn' && words[0] === 'workspaces'
      ? words.slice(words[1] === 'foreach' ? 2 : 1)
      : name === 'yarn' && words[0] === 'workspace'
        ? words.slice(2)
        : words;
  const script = rest[0] === 'run' || rest[0] === 'run-script' ? rest[1] : rest[0];
  if (script === undefined) return null;
  const workspaces = all ? ['*/*'] : folders.length > 0 ? [...new Set(folders)] : null;
  const named = rest.slice(0, script === rest[0] ? 1 : 2);
  return {script, how: (workspaces === null ? [name, ...named] : [name, ...args]).join(' '), workspaces};
}

function recogniseNodeBuild(name: string, args: readonly string[], context: CommandContext): CommandEffect[] {
  const found = nodeScript(name, args);
  if (found === null || !/^build(?::[\w-]+)?$/.test(found.script)) return [];
  const {how, workspaces} = found;
  const explicit = outputFlags.map((flag) => optionValue(args, flag)).find((value) => value !== undefined);
  const path = explicit === undefined || workspaces !== null ? null : resolveCommandPath(explicit, context);
  if (path !== null) return [output(`build output (${how}: ${explicit})`, [path])];
  if (workspaces === null)
    return [
      output(
        `build output (${how}: dist/, build/, out/ or .next/)`,
        conventionalOutputs.map((folder) => under(context, folder)),
      ),
    ];
  // Each workspace builds into its own folder: `packages/api/dist`, not the root's `dist`.
  const paths = workspaces.flatMap((workspace) => conventionalOutputs.map((folder) => under(context, `${workspace}/${folder}`)));
  return [output(`build output of the workspaces (${how}: ${workspaces.map((w) => `${w}/dist`).join(', ')} and the like)`, paths)];
}

/** Effects of one simple command when it builds; empty otherwise. */
export function recogniseBuildOutput(command: ShellCommand, context: CommandContext): CommandEffect[] {
  const [tool, ...rawArgs] = command.words;
  if (tool === undefined) return [];
  let name = basename(tool);
  let args = rawArgs;
  if (name === 'npx' || (name === 'pnpm' && args[0] === 'exec') || (name === 'yarn' && args[0] === 'exec')) {
    let index = name === 'npx' ? 0 : 1;
    while (index < args.length && args[index]!.startsWith('-')) index++;
    const runs = args[index];
    if (runs === undefined) return [];
    name = basename(runs);
    args = args.slice(index + 1);
  }

  if (nodeRunners.has(name)) return recogniseNodeBuild(name, args, context);
  if ((name === 'gcc' || name === 'g++' || name === 'cc' || name === 'clang') && optionValue(args, '-o') !== undefined) {
    const path = resolveCommandPath(optionValue(args, '-o')!, context);
    if (path !== null) return [output(`compiled program (${name} -o ${optionValue(args, '-o')})`, [path], {file: true})];
  }
  if (name === 'tsc') return [output('compiled TypeScript (tsc)', outDir(args, context, 'dist', '--outDir'))];
  if (name === 'vite' && args[0] === 'build') return [output('bundle built by vite build', outDir(args, context, 'dist', '--outDir'))];
  if (name === 'next' && args[0] === 'build') return [output('Next.js build (.next)', [under(context, '.next')])];
  if (name === 'ng' && args[0] === 'build') return [output('Angular build (ng build)', outDir(args, context, 'dist', '--output-path'))];
  if (name === 'webpack') return [output('webpack bundle', outDir(args, context, 'dist', '--output-path'))];
  if (name === 'go') return recogniseGo(args[0], args.slice(1), command, context);
  if (name === 'cargo') return recogniseCargo(args[0], args.slice(1), command, context);
  if (name === 'mvn' || name === 'mvnw') {
    if (!args.some((arg) => mavenPackaging.has(arg))) return [];
    const repository = mavenRepository(args, context);
    return [
      {
        kind: 'add',
        items: [
          itemDraft({
            category: 'build-output',
            label: 'the packaged .jar (target/*.jar, by mvn package)',
            paths: [under(context, 'target/*.jar')],
            assumption: outputAssumption,
            file: true,
          }),
          ...(repository === null ? [] : [mavenDependencies(repository, `mvn ${args.find((arg) => mavenPackaging.has(arg))}`, true)]),
        ],
      },
    ];
  }
  if (name === 'gradle' || name === 'gradlew') {
    const task = args.find((arg) => gradleTasks.test(arg));
    if (task === undefined) return [];
    const install = task.endsWith('installDist');
    return [
      {
        kind: 'add',
        items: [
          install
            ? itemDraft({
                category: 'build-output',
                label: 'Gradle distribution (build/install)',
                paths: [under(context, 'build/install')],
                assumption: outputAssumption,
              })
            : itemDraft({
                category: 'build-output',
                label: 'the packaged .jar (build/libs/*.jar, by Gradle)',
                paths: [under(context, 'build/libs/*.jar')],
                assumption: outputAssumption,
                file: true,
              }),
          itemDraft({
            category: 'dependencies',
            label: 'Gradle caches (dependencies and build cache)',
            paths: [`${context.home}/.gradle`],
            assumption: "the dependencies' size depends on the project; no typical figure is used",
            onlyIfAbsent: true,
          }),
        ],
      },
    ];
  }
  if (runsBuild(command.words.join(' '))) {
    return [output(`build output (${command.words.slice(0, 2).join(' ')})`, [context.workdir])];
  }
  return [];
}
