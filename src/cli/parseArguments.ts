export const usage = `usage:
  stagecraft analyze <file|-> [--target NAME|INDEX] [--build-arg NAME=VALUE]... [--format json|text]
  stagecraft mermaid <file|-> [--target NAME|INDEX] [--build-arg NAME=VALUE]...
  stagecraft check <exercise-id> <file|-> [--format json|text]
  stagecraft exercises [--format json|text]`;

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
}

const valueOptions = new Set(['--target', '--build-arg', '--format']);

export function parseArguments(argv: string[]): ParsedArguments {
  const parsed: ParsedArguments = {positional: [], target: null, buildArgs: {}, format: 'text'};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-' || !arg.startsWith('-')) {
      parsed.positional.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = equals === -1 ? arg : arg.slice(0, equals);
    if (!valueOptions.has(name)) throw new UsageError(`unknown option ${name}`);
    let value: string | undefined = equals === -1 ? argv[++i] : arg.slice(equals + 1);
    if (value === undefined) throw new UsageError(`${name} needs a value`);
    if (name === '--target') parsed.target = value;
    if (name === '--format') {
      if (value !== 'json' && value !== 'text') throw new UsageError(`--format must be json or text, not ${value}`);
      parsed.format = value;
    }
    if (name === '--build-arg') {
      const separator = value.indexOf('=');
      if (separator <= 0) throw new UsageError(`--build-arg takes NAME=VALUE, not ${value}`);
      parsed.buildArgs[value.slice(0, separator)] = value.slice(separator + 1);
    }
    value = undefined;
  }
  return parsed;
}
