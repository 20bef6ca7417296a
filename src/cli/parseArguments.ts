import {parseArgs} from 'node:util';
import {builderIds, isBuilderId, parseChange, parsePlatform, type BuilderId} from '../core';

export const usage = `usage:
  stagecraft analyze <file|-> [build inputs] [--change WHAT]... [--format json|text]
  stagecraft plan <file|-> [build inputs] [--change WHAT]...
  stagecraft mermaid <file|-> [--target NAME|INDEX] [--build-arg NAME=VALUE]...
  stagecraft check <exercise-id> <file|-> [--format json|text]
  stagecraft exercises [--format json|text]
build inputs: [--target NAME|INDEX] [--build-arg NAME=VALUE]... [--platform os/arch[/variant]]
              [--builder buildkit|legacy|kaniko|kaniko-skip-unused|buildah]
WHAT: a context path (src/app.ts, package.json), arg:NAME, base:STAGE or line:N`;

/** A usage mistake or an unreadable input: the CLI prints the message (and, for usage, the usage) and exits 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly showUsage = true,
  ) {
    super(message);
  }
}

export interface ParsedArguments {
  positional: string[];
  target: string | null;
  buildArgs: Record<string, string>;
  format: 'json' | 'text';
  builder: BuilderId | null;
  platform: string | null;
  changes: string[];
}

const options = {
  target: {type: 'string'},
  'build-arg': {type: 'string', multiple: true},
  format: {type: 'string'},
  builder: {type: 'string'},
  platform: {type: 'string'},
  change: {type: 'string', multiple: true},
} as const;

type OptionName = keyof typeof options;

function isOptionName(name: string): name is OptionName {
  return Object.hasOwn(options, name);
}

function applyOption(parsed: ParsedArguments, name: OptionName, value: string): void {
  switch (name) {
    case 'target':
      parsed.target = value;
      return;
    case 'format':
      if (value !== 'json' && value !== 'text') throw new UsageError(`--format must be json or text, not ${value}`);
      parsed.format = value;
      return;
    case 'build-arg': {
      const separator = value.indexOf('=');
      if (separator <= 0) throw new UsageError(`--build-arg takes NAME=VALUE, not ${value}`);
      parsed.buildArgs[value.slice(0, separator)] = value.slice(separator + 1);
      return;
    }
    case 'builder':
      if (!isBuilderId(value)) throw new UsageError(`--builder must be one of ${builderIds.join(', ')}, not ${value}`);
      parsed.builder = value;
      return;
    case 'platform':
      if (parsePlatform(value) === null) throw new UsageError(`--platform takes os/arch[/variant] such as linux/arm64, not ${value}`);
      parsed.platform = value;
      return;
    case 'change': {
      const change = parseChange(value);
      if (!change.ok) throw new UsageError(`--change ${value}: ${change.reason}`);
      parsed.changes.push(value);
      return;
    }
    default:
      name satisfies never;
  }
}

/**
 * Options and positionals, in order, with node:util's parser. It runs non-strict so that each mistake gets
 * the CLI's own one-line message (and exit code 2) at the point it occurs: an unknown option, a missing
 * value, a bad --format or --build-arg. A value may start with a dash (`--target -x`), and `--` ends options.
 */
export function parseArguments(argv: string[]): ParsedArguments {
  const parsed: ParsedArguments = {positional: [], target: null, buildArgs: {}, format: 'text', builder: null, platform: null, changes: []};
  const {tokens} = parseArgs({args: argv, options, allowPositionals: true, strict: false, tokens: true});
  for (const token of tokens) {
    if (token.kind === 'positional') parsed.positional.push(token.value);
    if (token.kind !== 'option') continue;
    if (!isOptionName(token.name)) throw new UsageError(`unknown option ${token.rawName}`);
    if (token.value === undefined) throw new UsageError(`${token.rawName} needs a value`);
    applyOption(parsed, token.name, token.value);
  }
  return parsed;
}
