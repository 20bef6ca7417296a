import {readFileSync} from 'node:fs';
import {analyze} from '../core/analyze';
import {toMermaid} from '../core/graph/toMermaid';
import {toAnalysisJson} from '../core/toAnalysisJson';
import {formatAnalysis} from './formatAnalysis';
import {parseArguments, usage, UsageError} from './parseArguments';


function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new UsageError(`cannot read ${file === '-' ? 'standard input' : file}: ${reason}`, false);
  }
}

/** Runs one CLI command; returns the exit code. Usage mistakes throw UsageError. */
export function run(argv: string[], write: (text: string) => void): number {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    write(`${usage}\n`);
    return command === undefined ? 2 : 0;
  }
  const args = parseArguments(rest);
  if (command === 'analyze' || command === 'mermaid') {
    if (args.positional.length !== 1) throw new UsageError(`${command} takes exactly one file (or - for standard input)`);
    const file = args.positional[0]!;
    const analysis = analyze(readInput(file), {target: args.target, buildArgs: args.buildArgs});
    if (command === 'mermaid') write(toMermaid(analysis));
    else if (args.format === 'json') write(`${JSON.stringify(toAnalysisJson(analysis), null, 2)}\n`);
    else write(formatAnalysis(analysis, file === '-' ? 'stdin' : file));
    return 0;
  }
  throw new UsageError(`unknown command ${command}`);
}
