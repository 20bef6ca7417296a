/**
 * OS package managers: `apt-get update`/`install`/`purge` (and `apt`), `apk add`/`update`/`del`.
 * Installed packages are `os-packages` of unknown size (no honest typical figure), or `toolchain` when
 * they bring a compiler. `apt-get update` leaves the package lists (19 MB measured) unless the same RUN
 * removes them; `apk` keeps its index in /var/cache/apk unless `--no-cache`.
 */

import {artifactFigures} from './artifactFigures';
import {itemDraft, virtualPrefix, type CommandContext, type CommandEffect} from './itemDraft';
import type {ShellCommand} from '../contents/shell';

/** Packages that bring a compiler or a build system. */
const aptToolchains =
  /^(?:build-essential|gcc(?:-\d+)?|g\+\+(?:-\d+)?|clang(?:-\d+)?|make|cmake|golang(?:-[\d.]+)?(?:-go)?|default-jdk(?:-headless)?|openjdk-\d+-jdk(?:-headless)?|maven|gradle|rustc|cargo)$/;
const apkToolchains = /^(?:build-base|gcc|g\+\+|clang\d*|make|cmake|go|rust|cargo|openjdk\d+(?:-jdk)?|maven|gradle|musl-dev)$/;

const aptListsPath = '/var/lib/apt/lists';
const apkCachePath = '/var/cache/apk';

function packageNames(words: readonly string[], optionsWithValue: ReadonlySet<string>): string[] {
  const names: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.startsWith('-')) {
      if (optionsWithValue.has(word)) i++;
      continue;
    }
    // `curl=8.5.0-2`, `nodejs~=20`: the name before the version.
    const name = word.replace(/[=<>~].*$/, '');
    if (name !== '' && !name.includes('$')) names.push(name);
  }
  return names;
}

function listing(names: readonly string[]): string {
  if (names.length <= 4) return names.join(', ');
  return `${names.slice(0, 4).join(', ')} and ${names.length - 4} more`;
}

function installItem(names: string[], manager: string, toolchains: RegExp, virtual: string | null): CommandEffect {
  const compilers = names.filter((name) => toolchains.test(name));
  const what = names.length === 0 ? 'packages' : listing(names);
  const packages = virtual === null ? names : [...names, `${virtualPrefix}${virtual}`];
  if (compilers.length > 0) {
    return {
      kind: 'add',
      items: [
        itemDraft({
          category: 'toolchain',
          label: `OS packages with a compiler or build tools: ${what} (${manager})`,
          paths: ['/usr'],
          assumption: `the size of installed packages depends on the packages (${listing(compilers)} alone is tens to hundreds of MB); no typical figure is used`,
          compiler: true,
          packages,
        }),
      ],
    };
  }
  return {
    kind: 'add',
    items: [
      itemDraft({
        category: 'os-packages',
        label: `OS packages: ${what} (${manager})`,
        paths: ['/usr'],
        assumption: 'the size of installed packages depends on the packages; no typical figure is used',
        packages,
      }),
    ],
  };
}

function aptLists(context: CommandContext): CommandEffect {
  const figure = artifactFigures.aptLists;
  const ubuntu = context.distro === 'ubuntu';
  return {
    kind: 'add',
    items: [
      itemDraft({
        category: 'cache',
        label: 'apt package lists (apt-get update)',
        bytes: ubuntu ? null : figure.bytes,
        range: ubuntu ? null : figure.range,
        paths: [aptListsPath],
        assumption: ubuntu ? "apt lists were measured at 19 MB on Debian 12; Ubuntu's lists differ and were not measured" : figure.assumption,
      }),
    ],
  };
}

function apkCache(what: string): CommandEffect {
  return {
    kind: 'add',
    items: [
      itemDraft({
        category: 'cache',
        label: `apk package index (${what})`,
        paths: [apkCachePath],
        assumption: 'the apk index kept in /var/cache/apk was not measured; it is a few MB at most',
      }),
    ],
  };
}

const aptOptionsWithValue = new Set(['-o', '-c', '-t', '--target-release', '--option', '--config-file']);
const apkOptionsWithValue = new Set(['-t', '--virtual', '-X', '--repository', '-p', '--root', '--arch']);

/** Effects of one simple command when it is an apt or apk command; empty otherwise. */
export function recognisePackageInstall(command: ShellCommand, context: CommandContext): CommandEffect[] {
  const [tool, ...args] = command.words;
  if (tool === undefined) return [];
  const name = tool.slice(tool.lastIndexOf('/') + 1);

  if (name === 'apt-get' || name === 'apt') {
    const verbIndex = args.findIndex((word) => !word.startsWith('-') && !aptOptionsWithValue.has(word));
    const verb = args[verbIndex];
    const rest = args.slice(verbIndex + 1);
    if (verb === 'update') return [aptLists(context)];
    if (verb === 'install') return [installItem(packageNames(rest, aptOptionsWithValue), name, aptToolchains, null)];
    if (verb === 'purge' || verb === 'remove') return [{kind: 'remove-packages', names: packageNames(rest, aptOptionsWithValue)}];
    return [];
  }

  if (name === 'apk') {
    const verbIndex = args.findIndex((word) => !word.startsWith('-'));
    const verb = args[verbIndex];
    const options = args.slice(0, verbIndex);
    const rest = args.slice(verbIndex + 1);
    const all = [...options, ...rest];
    const noCache = all.includes('--no-cache');
    const effects: CommandEffect[] = [];
    if (verb === 'update') {
      if (!noCache) effects.push(apkCache('apk update'));
    } else if (verb === 'add') {
      const virtualIndex = all.findIndex((word) => word === '--virtual' || word === '-t');
      const virtual = virtualIndex === -1 ? (all.find((word) => word.startsWith('--virtual='))?.slice(10) ?? null) : (all[virtualIndex + 1] ?? null);
      effects.push(installItem(packageNames(rest, apkOptionsWithValue), 'apk add', apkToolchains, virtual));
      // `apk add` without --update reads the index an earlier `apk update` left; with it, it fetches and keeps one.
      if (!noCache && (all.includes('--update') || all.includes('-U'))) effects.push(apkCache('apk add --update'));
    } else if (verb === 'del') {
      effects.push({kind: 'remove-packages', names: packageNames(rest, apkOptionsWithValue)});
    }
    return effects;
  }
  return [];
}
