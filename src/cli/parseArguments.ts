import {parseArgs} from 'node:util';
import type {FailOn} from '../core';

export const usage = `usage:
  stagecraft analyze <file|-> [--target NAME|INDEX] [--build-arg NAME=VALUE]... [--format json|text]
  stagecraft mermaid <file|-> [--target NAME|INDEX] [--build-arg NAME=VALUE]...
  stagecraft check <exercise-id> <file|-> [--format json|text]
  stagecraft exercises [--format json|text]
  stagecraft report <file|-> [--target NAME|INDEX] [--build-arg NAME=VALUE]... [--format markdown|sarif|json] [--fail-on error|warning]`;

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
  /** null when not given: each command has its default (`text`; `markdown` for report). */
  format: OutputFormat | null;
  /** `report --fail-on`: the lowest severity that makes the report exit 1. */
  failOn: FailOn | null;
}

const outputFormats = ['json', 'text', 'markdown', 'sarif'] as const;
export type OutputFormat = (typeof outputFormats)[number];

function isOutputFormat(value: string): value is OutputFormat {
  return (outputFormats as readonly string[]).includes(value);
}

const options = {
  target: {type: 'string'},
  'build-arg': {type: 'string', multiple: true},
  format: {type: 'string'},
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
      if (!isOutputFormat(value)) throw new UsageError(`--format must be json or text (for report: markdown, sarif or json), not ${value}`);
      parsed.format = value;
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
  const parsed: ParsedArguments = {positional: [], target: null, buildArgs: {}, format: null, failOn: null};
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
