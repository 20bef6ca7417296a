import {parseArgs} from 'node:util';
import {builderIds, isBuilderId, parseChange, parsePlatform, readBuildContextLines, type BuilderId, type FailOn} from '../core';

export const usage = `usage:
  stagecraft analyze <file|-> [build inputs] [--change WHAT]... [--format json|text]
  stagecraft plan <file|-> [build inputs] [--change WHAT]... [--format text|bake]
  stagecraft mermaid <file|-> [build inputs]
  stagecraft check <exercise-id> <file|-> [--format json|text]
  stagecraft exercises [--format json|text]
  stagecraft convert <file|-> [--format json|text] [--write]
  stagecraft report <file|-> [build inputs] [--format markdown|sarif|json] [--fail-on error|warning]
build inputs: [--target NAME|INDEX] [--build-arg NAME=VALUE]... [--platform os/arch[/variant]]
              [--builder buildkit|legacy|kaniko|kaniko-skip-unused|buildah]
              [--dockerignore FILE] [--build-context NAME=VALUE]...
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
  /** `--dockerignore FILE`: the path of the build context's .dockerignore. */
  dockerignore: string | null;
  /** `--build-context NAME=VALUE`: the analysis reads the names; the bake file and report link carry the values. */
  buildContexts: Record<string, string>;
  /** null when not given: each command has its default (`text`; `markdown` for report). */
  format: OutputFormat | null;
  /** `report --fail-on`: the lowest severity that makes the report exit 1. */
  failOn: FailOn | null;
  /** `--write` (convert): replace the file with the proposal. */
  write: boolean;
  builder: BuilderId | null;
  platform: string | null;
  changes: string[];
}

const outputFormats = ['json', 'text', 'markdown', 'sarif', 'bake'] as const;
export type OutputFormat = (typeof outputFormats)[number];

function isOutputFormat(value: string): value is OutputFormat {
  return (outputFormats as readonly string[]).includes(value);
}

const options = {
  target: {type: 'string'},
  'build-arg': {type: 'string', multiple: true},
  dockerignore: {type: 'string'},
  'build-context': {type: 'string', multiple: true},
  format: {type: 'string'},
  write: {type: 'boolean'},
  builder: {type: 'string'},
  platform: {type: 'string'},
  change: {type: 'string', multiple: true},
  'fail-on': {type: 'string'},
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
      if (!isOutputFormat(value))
        throw new UsageError(`--format must be json or text (for report: markdown, sarif or json; for plan: text or bake), not ${value}`);
      parsed.format = value;
      return;
    case 'write':
      parsed.write = true;
      return;
    case 'fail-on':
      if (value !== 'error' && value !== 'warning') throw new UsageError(`--fail-on must be error or warning, not ${value}`);
      parsed.failOn = value;
      return;
    case 'build-arg': {
      const separator = value.indexOf('=');
      if (separator <= 0) throw new UsageError(`--build-arg takes NAME=VALUE, not ${value}`);
      parsed.buildArgs[value.slice(0, separator)] = value.slice(separator + 1);
      return;
    }
    case 'dockerignore':
      parsed.dockerignore = value;
      return;
    case 'build-context': {
      const separator = value.indexOf('=');
      if (separator <= 0) throw new UsageError(`--build-context takes NAME=VALUE, not ${value}`);
      // One flag is one context: a line break would read as a second one.
      const read = value.includes('\n') ? {ok: false as const, reason: 'the value is more than one line'} : readBuildContextLines(value);
      if (!read.ok) throw new UsageError(`--build-context ${value}: ${read.reason}`);
      Object.assign(parsed.buildContexts, read.buildContexts);
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
 * value, a bad --format, --build-arg or --build-context. A value may start with a dash (`--target -x`), and `--` ends options.
 */
export function parseArguments(argv: string[]): ParsedArguments {
  const parsed: ParsedArguments = {
    positional: [],
    target: null,
    buildArgs: {},
    dockerignore: null,
    buildContexts: {},
    format: null,
    failOn: null,
    write: false,
    builder: null,
    platform: null,
    changes: [],
  };
  const {tokens} = parseArgs({args: argv, options, allowPositionals: true, strict: false, tokens: true});
  for (const token of tokens) {
    if (token.kind === 'positional') parsed.positional.push(token.value);
    if (token.kind !== 'option') continue;
    if (!isOptionName(token.name)) throw new UsageError(`unknown option ${token.rawName}`);
    if (token.name === 'write') {
      if (token.value !== undefined) throw new UsageError('--write takes no value');
      applyOption(parsed, token.name, '');
      continue;
    }
    if (token.value === undefined) throw new UsageError(`${token.rawName} needs a value`);
    applyOption(parsed, token.name, token.value);
  }
  return parsed;
}
