/**
 * Dependency installs: npm/yarn/pnpm (`node_modules`, with or without devDependencies), pip, `uv sync`,
 * `poetry install`, `go mod
 * download`, `cargo fetch`, Maven `dependency:go-offline`, and what they leave in caches; `npm prune
 * --omit=dev` and `python -m venv`. Only node_modules has a figure (measured); the rest is unknown.
 */

import {basename} from '../contents/paths';
import {artifactFigures} from './artifactFigures';
import {itemDraft, type CommandContext, type CommandEffect, type ItemDraft, type Variables} from './itemDraft';
import {envValue, optionValue, resolveCommandPath} from './resolveCommandPath';
import type {ShellCommand} from '../contents/shell';

// ---------------------------------------------------------------------------------------------
// Node.js

type NodeManager = 'npm' | 'yarn' | 'pnpm' | 'bun';

const truthy = (value: string | undefined): boolean => value !== undefined && /^(?:1|true|yes|on)$/i.test(value);

/**
 * Whether an install (or a prune) leaves devDependencies out: flags, NODE_ENV=production, npm config
 * variables, read from the command's inline assignments and the stage's ENV/ARG (`variables`).
 */
function installsProductionOnly(manager: NodeManager, args: readonly string[], command: ShellCommand, variables: Variables): boolean {
  const context = {env: variables};
  const has = (...flags: string[]) => args.some((arg) => flags.includes(arg));
  if (has('--include=dev', '--production=false', '--prod=false', '--dev', '-D')) return false;
  if (manager === 'npm') {
    if (has('--omit=dev', '--production', '--only=prod', '--only=production', '--production=true')) return true;
    const omit = args.indexOf('--omit');
    if (omit !== -1 && args[omit + 1] === 'dev') return true;
    const only = args.indexOf('--only');
    if (only !== -1 && /^prod(?:uction)?$/.test(args[only + 1] ?? '')) return true;
    const env = (name: string) => envValue(command, context, name) ?? envValue(command, context, name.toLowerCase());
    if (
      env('NPM_CONFIG_OMIT')
        ?.split(/[\s,]+/)
        .includes('dev')
    )
      return true;
    if (truthy(env('NPM_CONFIG_PRODUCTION'))) return true;
  } else if (manager === 'yarn') {
    if (has('--production', '--prod', '--production=true')) return true;
  } else if (has('--prod', '-P', '--production')) {
    return true;
  }
  return envValue(command, context, 'NODE_ENV') === 'production';
}

function nodeModules(manager: NodeManager, verb: string, productionOnly: boolean, path: string): ItemDraft[] {
  const prod = artifactFigures.nodeProductionDependencies;
  const dev = artifactFigures.nodeDevDependencies;
  const how = `${manager} ${verb}`;
  const items = [
    itemDraft({
      category: 'dependencies',
      label: `node_modules: production dependencies (${how})`,
      bytes: prod.bytes,
      range: prod.range,
      paths: [path],
      assumption: prod.assumption,
    }),
  ];
  if (!productionOnly) {
    items.push(
      itemDraft({
        category: 'dev-dependencies',
        label: `node_modules: devDependencies (${how})`,
        bytes: dev.bytes,
        range: dev.range,
        paths: [path],
        assumption: dev.assumption,
      }),
    );
  }
  return items;
}

function nodeCache(manager: NodeManager, command: ShellCommand, context: CommandContext, args: readonly string[]): ItemDraft | null {
  let path: string | null;
  if (manager === 'npm') {
    const configured = optionValue(args, '--cache') ?? envValue(command, context, 'npm_config_cache') ?? envValue(command, context, 'NPM_CONFIG_CACHE');
    path = configured === undefined ? `${context.home}/.npm` : resolveCommandPath(configured, context);
  } else if (manager === 'yarn') {
    const configured = optionValue(args, '--cache-folder') ?? envValue(command, context, 'YARN_CACHE_FOLDER');
    const fallback = context.home === '/root' ? '/usr/local/share/.cache/yarn' : `${context.home}/.cache/yarn`;
    path = configured === undefined ? fallback : resolveCommandPath(configured, context);
  } else if (manager === 'bun') {
    // Bun's global install cache (BUN_INSTALL_CACHE_DIR overrides it).
    const configured = envValue(command, context, 'BUN_INSTALL_CACHE_DIR');
    path = configured === undefined ? `${context.home}/.bun/install/cache` : resolveCommandPath(configured, context);
  } else {
    path = `${context.home}/.local/share/pnpm/store`;
  }
  if (path === null) return null;
  return itemDraft({
    category: 'cache',
    label: manager === 'pnpm' ? 'pnpm content store' : `${manager} download cache`,
    paths: [path],
    assumption: `${manager}'s cache holds a copy of every downloaded package (tens of MB or more); it was not measured`,
  });
}

function recogniseNode(manager: NodeManager, args: string[], command: ShellCommand, context: CommandContext): CommandEffect[] {
  const verbIndex = args.findIndex((arg) => !arg.startsWith('-'));
  // `yarn` alone installs; `yarn --frozen-lockfile` too.
  const verb = verbIndex === -1 ? (manager === 'yarn' ? 'install' : '') : args[verbIndex]!;
  const rest = verbIndex === -1 ? args : args.slice(verbIndex + 1);
  const global = args.includes('-g') || args.includes('--global') || (manager === 'yarn' && verb === 'global');
  const nodeModulesPath = `${context.workdir === '/' ? '' : context.workdir}/node_modules`;

  const installVerbs: Record<NodeManager, readonly string[]> = {
    npm: ['ci', 'install', 'i', 'clean-install', 'install-clean', 'isntall', 'add'],
    yarn: ['install', 'add'],
    pnpm: ['install', 'i', 'add'],
    bun: ['install', 'i', 'add'],
  };
  if (installVerbs[manager].includes(verb)) {
    const cache = nodeCache(manager, command, context, args);
    if (global) {
      const names = rest.filter((arg) => !arg.startsWith('-'));
      return [
        {
          kind: 'add',
          items: [
            itemDraft({
              category: 'toolchain',
              label: `global ${manager} packages: ${names.join(', ') || 'packages'}`,
              paths: ['/usr/local/lib/node_modules'],
              assumption: 'globally installed tools have no typical size',
            }),
            ...(cache ? [cache] : []),
          ],
        },
      ];
    }
    const productionOnly = installsProductionOnly(manager, args, command, context.env);
    return [{kind: 'add', items: [...nodeModules(manager, verb, productionOnly, nodeModulesPath), ...(cache ? [cache] : [])]}];
  }

  if (verb === 'prune' && (manager === 'npm' || manager === 'pnpm')) {
    return installsProductionOnly(manager, rest, command, context.env) ? [{kind: 'remove-category', category: 'dev-dependencies', path: nodeModulesPath}] : [];
  }

  if (verb === 'cache' && (rest[0] === 'clean' || rest[0] === 'clear')) {
    const cache = nodeCache(manager, command, context, args);
    return cache ? [{kind: 'remove', path: cache.paths[0]!}] : [];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// Python

const devRequirements = /(?:^|[-_./])(?:dev|develop|development|test|tests|testing|lint|ci)(?:[-_.]|$)/i;

function recognisePip(args: string[], command: ShellCommand, context: CommandContext, venvFromPath: string | null, tool: string): CommandEffect[] {
  const verbIndex = args.findIndex((arg) => !arg.startsWith('-'));
  const verb = args[verbIndex];
  if (verb === 'cache' && args[verbIndex + 1] === 'purge') return [{kind: 'remove', path: `${context.home}/.cache/pip`}];
  if (verb !== 'install') return [];
  const rest = args.slice(verbIndex + 1);

  const requirements: string[] = [];
  const targets: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '-r' || arg === '--requirement' || arg === '-c' || arg === '--constraint') {
      if (arg === '-r' || arg === '--requirement') requirements.push(rest[i + 1] ?? '');
      i++;
    } else if (arg.startsWith('--requirement=')) requirements.push(arg.slice(14));
    else if (arg.startsWith('-r') && arg.length > 2) requirements.push(arg.slice(2));
    else if (['--target', '-t', '--prefix', '--root', '-i', '--index-url', '--extra-index-url', '-f', '--find-links', '--cache-dir'].includes(arg)) i++;
    else if (!arg.startsWith('-')) targets.push(arg);
  }
  const dev =
    requirements.some((file) => devRequirements.test(file.slice(file.lastIndexOf('/') + 1)) || /(?:^|\/)(?:dev|test)\.txt$/.test(file)) ||
    targets.some((target) => /\[[^\]]*\b(?:dev|test|tests|lint)\b[^\]]*\]/.test(target));

  const targetDir = optionValue(rest, '--target', '-t');
  const prefix = optionValue(rest, '--prefix');
  let path: string | null;
  if (targetDir !== undefined) path = resolveCommandPath(targetDir, context);
  else if (prefix !== undefined) {
    const resolved = resolveCommandPath(prefix, context);
    path = resolved === null ? null : `${resolved === '/' ? '' : resolved}/lib/python3*/site-packages`;
  } else if (rest.includes('--user')) path = `${context.home}/.local/lib/python3*/site-packages`;
  else {
    const venv = venvFromPath ?? context.venv;
    path = `${venv ?? '/usr/local'}/lib/python3*/site-packages`;
  }
  if (path === null) return [];

  const what = requirements.length > 0 ? requirements.join(', ') : targets.join(' ') || 'packages';
  const items = [
    itemDraft({
      category: dev ? 'dev-dependencies' : 'dependencies',
      label: `Python packages${dev ? ' for development and tests' : ''}: ${what} (${tool} install)`,
      paths: [path],
      assumption: 'the size of Python packages depends on the requirements; no typical figure is used',
    }),
  ];
  if (tool.startsWith('uv')) {
    if (!rest.includes('--no-cache') && !envValue(command, context, 'UV_NO_CACHE')) {
      items.push(uvCacheItem(context));
    }
  } else if (!rest.includes('--no-cache-dir') && !envValue(command, context, 'PIP_NO_CACHE_DIR')) {
    items.push(
      itemDraft({
        category: 'cache',
        label: 'pip download cache',
        paths: [`${context.home}/.cache/pip`],
        assumption: "pip's cache holds the downloaded wheels (tens of MB or more); it was not measured",
      }),
    );
  }
  return [{kind: 'add', items}];
}

/** uv's download cache, left in the layer unless the install turns it off. */
function uvCacheItem(context: CommandContext): ReturnType<typeof itemDraft> {
  return itemDraft({
    category: 'cache',
    label: 'uv download cache',
    paths: [`${context.home}/.cache/uv`],
    assumption: "uv's cache holds the downloaded wheels (tens of MB or more); it was not measured",
  });
}

/**
 * `uv sync` and `poetry install`: the project's dependencies from pyproject.toml and its lock file, in the
 * project environment (uv: UV_PROJECT_ENVIRONMENT, else .venv in the WORKDIR; Poetry: the active VIRTUAL_ENV,
 * the system Python with POETRY_VIRTUALENVS_CREATE=false, else a virtualenv under Poetry's cache).
 */
function recogniseProjectSync(tool: 'uv sync' | 'poetry install', args: readonly string[], command: ShellCommand, context: CommandContext): CommandEffect[] {
  const env = (name: string) => envValue(command, context, name);
  let environment: string | null;
  if (tool === 'uv sync') environment = resolveCommandPath(env('UV_PROJECT_ENVIRONMENT') ?? '.venv', context);
  else if (env('VIRTUAL_ENV') !== undefined) environment = resolveCommandPath(env('VIRTUAL_ENV')!, context);
  else if (env('POETRY_VIRTUALENVS_CREATE') === 'false') environment = context.venv ?? '/usr/local';
  else environment = `${context.home}/.cache/pypoetry/virtualenvs/*`;
  if (environment === null) return [];
  const items = [
    itemDraft({
      category: 'dependencies',
      label: `Python packages: pyproject.toml (${tool})`,
      paths: [`${environment === '/' ? '' : environment}/lib/python3*/site-packages`],
      assumption: 'the size of Python packages depends on the project; no typical figure is used',
    }),
  ];
  if (tool === 'uv sync' && !args.includes('--no-cache') && env('UV_NO_CACHE') === undefined) {
    items.push(uvCacheItem(context));
  }
  return [{kind: 'add', items}];
}

function venvEffect(pathWord: string | undefined, context: CommandContext): CommandEffect[] {
  const path = pathWord === undefined ? null : resolveCommandPath(pathWord, context);
  return path === null ? [] : [{kind: 'venv', path}];
}

// ---------------------------------------------------------------------------------------------
// Go, Rust, Java

/** Go's module cache: GOMODCACHE, else $GOPATH/pkg/mod (GOPATH is /go in the golang images). */
export function goModuleCache(command: ShellCommand, context: CommandContext): string | null {
  const configured = envValue(command, context, 'GOMODCACHE');
  if (configured) return resolveCommandPath(configured, context);
  const gopath = envValue(command, context, 'GOPATH')?.split(':')[0] || '/go';
  const resolved = resolveCommandPath(gopath, context);
  return resolved === null ? null : `${resolved === '/' ? '' : resolved}/pkg/mod`;
}

function goModules(path: string, how: string): ItemDraft {
  return itemDraft({
    category: 'dependencies',
    label: `Go module cache (${how})`,
    paths: [path],
    assumption: "the modules' size depends on the project; with the build cache it is often hundreds of MB (estimate), so no figure is used",
  });
}

/** Cargo's home: CARGO_HOME (/usr/local/cargo in the rust images). */
export function cargoHome(command: ShellCommand, context: CommandContext): string | null {
  return resolveCommandPath(envValue(command, context, 'CARGO_HOME') || '/usr/local/cargo', context);
}

export function cargoRegistry(home: string, how: string, onlyIfAbsent: boolean): ItemDraft {
  return itemDraft({
    category: 'dependencies',
    label: `crates downloaded by ${how}`,
    paths: [`${home}/registry`],
    assumption: "the crates' size depends on the project; no typical figure is used",
    onlyIfAbsent,
  });
}

/** Maven's local repository: ~/.m2/repository, or -Dmaven.repo.local. */
export function mavenRepository(args: readonly string[], context: CommandContext): string | null {
  const local = args.find((arg) => arg.startsWith('-Dmaven.repo.local='));
  return local === undefined ? `${context.home}/.m2/repository` : resolveCommandPath(local.slice(19), context);
}

export function mavenDependencies(path: string, how: string, onlyIfAbsent: boolean): ItemDraft {
  return itemDraft({
    category: 'dependencies',
    label: `Maven dependencies (${how})`,
    paths: [path],
    assumption: "the dependencies' size depends on the project; no typical figure is used",
    onlyIfAbsent,
  });
}

// ---------------------------------------------------------------------------------------------

/** Effects of one simple command when it installs or prunes dependencies; empty otherwise. */
export function recogniseDependencyInstall(command: ShellCommand, context: CommandContext): CommandEffect[] {
  const [tool, ...args] = command.words;
  if (tool === undefined) return [];
  const name = basename(tool);

  if (name === 'npm' || name === 'yarn' || name === 'pnpm' || name === 'bun') return recogniseNode(name, args, command, context);

  // pip, pip3, python -m pip, /opt/venv/bin/pip, uv pip
  const venvFromPath = /\/bin\/(?:pip3?|python3?)$/.test(tool) ? resolveCommandPath(tool.replace(/\/bin\/[^/]+$/, ''), context) : null;
  if (/^pip3?(?:\.\d+)?$/.test(name)) return recognisePip(args, command, context, venvFromPath, name);
  if (/^python3?(?:\.\d+)?$/.test(name) && args[0] === '-m') {
    if (args[1] === 'pip') return recognisePip(args.slice(2), command, context, venvFromPath, 'pip');
    if (args[1] === 'venv' || args[1] === 'virtualenv')
      return venvEffect(
        args.slice(2).find((arg) => !arg.startsWith('-')),
        context,
      );
  }
  if (name === 'virtualenv')
    return venvEffect(
      args.find((arg) => !arg.startsWith('-')),
      context,
    );
  if (name === 'uv') {
    if (args[0] === 'pip') return recognisePip(args.slice(1), command, context, venvFromPath, 'uv pip');
    if (args[0] === 'venv') return venvEffect(args.slice(1).find((arg) => !arg.startsWith('-')) ?? '.venv', context);
    if (args[0] === 'sync') return recogniseProjectSync('uv sync', args.slice(1), command, context);
    return [];
  }
  if (name === 'poetry' && (args[0] === 'install' || args[0] === 'sync')) return recogniseProjectSync('poetry install', args.slice(1), command, context);

  if (name === 'go' && args[0] === 'mod') {
    const cache = goModuleCache(command, context);
    if (args[1] === 'download' && cache !== null) return [{kind: 'add', items: [goModules(cache, 'go mod download')]}];
    if (args[1] === 'vendor') {
      return [
        {
          kind: 'add',
          items: [
            itemDraft({
              ...goModules(`${context.workdir === '/' ? '' : context.workdir}/vendor`, 'go mod vendor'),
              label: 'vendored Go modules (go mod vendor)',
            }),
          ],
        },
      ];
    }
    return [];
  }

  if (name === 'cargo' && args[0] === 'fetch') {
    const home = cargoHome(command, context);
    return home === null ? [] : [{kind: 'add', items: [cargoRegistry(home, 'cargo fetch', false)]}];
  }

  if (name === 'mvn' || name === 'mvnw') {
    if (args.some((arg) => /^dependency:(?:go-offline|resolve|resolve-plugins)$/.test(arg))) {
      const repository = mavenRepository(args, context);
      return repository === null ? [] : [{kind: 'add', items: [mavenDependencies(repository, 'mvn dependency:go-offline', false)]}];
    }
  }
  return [];
}
