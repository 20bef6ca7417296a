import {analyze, toAnalyzeOptions, toBakeFile, type Analysis} from '../core';
import {toMermaid} from '../core';
import {toAnalysisJson} from '../core';
import {checkExercise, exercises, findExercise} from '../exercises';
import {formatAnalysis} from './formatAnalysis';
import {formatCheckReport} from './formatCheckReport';
import {readInput} from './readInput';
import {runConvert} from './runConvert';
import {formatPlan} from './formatPlan';
import {runReport} from './runReport';
import {parseArguments, usage, UsageError, type ParsedArguments} from './parseArguments';

/** Runs one CLI command; returns the exit code. Usage mistakes throw UsageError. */
export function run(argv: string[], write: (text: string) => void): number {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    write(`${usage}\n`);
    return command === undefined ? 2 : 0;
  }
  const args = parseArguments(rest);
  if (command === 'report') return runReport(args, write);
  rejectReportOptions(command, args);
  if (command === 'analyze' || command === 'mermaid' || command === 'plan') {
    if (args.positional.length !== 1) throw new UsageError(`${command} takes exactly one file (or - for standard input)`);
    const file = args.positional[0]!;
    const dockerignore = args.dockerignore === null ? null : readInput(args.dockerignore);
    const simulation = {
      builder: args.builder ?? 'buildkit',
      buildArgs: args.buildArgs,
      buildContexts: args.buildContexts,
      platform: args.platform,
      changes: args.changes,
    };
    const analysis = analyze(readInput(file), {target: args.target, dockerignore, ...toAnalyzeOptions(simulation)});
    if (command === 'mermaid') write(toMermaid(analysis));
    else if (command === 'plan' && args.format === 'bake') writeBake(analysis, simulation, write);
    else if (command === 'plan') write(formatPlan(analysis, file === '-' ? 'stdin' : file));
    else if (args.format === 'json') write(`${JSON.stringify(toAnalysisJson(analysis), null, 2)}\n`);
    else write(formatAnalysis(analysis, file === '-' ? 'stdin' : file));
    return 0;
  }
  if (command === 'check') return runCheck(args, write);
  if (command === 'exercises') return runExercises(args, write);
  if (command === 'convert') return runConvert(args, write);
  throw new UsageError(`unknown command ${command}`);
}

/** `plan --format bake`: the docker-bake.hcl for these inputs, then the command as a comment; BuildKit only. */
function writeBake(analysis: Analysis, simulation: Parameters<typeof toBakeFile>[1], write: (text: string) => void): void {
  const bake = toBakeFile(analysis, simulation);
  if (!bake.ok) throw new UsageError(`plan --format bake: ${bake.reason}`, false);
  write(`# docker-bake.hcl — build with: ${bake.command}\n${bake.file}`);
}

/** `--fail-on`, `--format markdown` and `--format sarif` belong to report alone. */
function rejectReportOptions(command: string, args: ParsedArguments): void {
  if (args.failOn !== null) throw new UsageError(`${command} takes no --fail-on (report does)`);
  if (args.format === 'bake' && command !== 'plan') throw new UsageError(`${command} --format must be json or text, not bake (plan takes bake)`);
  if (args.format === 'markdown' || args.format === 'sarif') throw new UsageError(`${command} --format must be json or text, not ${args.format}`);
}

function rejectBuildOptions(command: string, args: ParsedArguments): void {
  if (args.target !== null) throw new UsageError(`${command} takes no --target`);
  if (Object.keys(args.buildArgs).length > 0) throw new UsageError(`${command} takes no --build-arg`);
  if (args.dockerignore !== null) throw new UsageError(`${command} takes no --dockerignore`);
  if (Object.keys(args.buildContexts).length > 0) throw new UsageError(`${command} takes no --build-context`);
  if (args.builder !== null || args.platform !== null || args.changes.length > 0) throw new UsageError(`${command} takes no build inputs`);
}

/** `stagecraft check <exercise-id> <file|->`: exit 0 when the exercise passes, 1 when not. */
function runCheck(args: ParsedArguments, write: (text: string) => void): number {
  rejectBuildOptions('check', args);
  if (args.positional.length !== 2) throw new UsageError('check takes an exercise id and one file (or - for standard input)');
  const [id, file] = args.positional as [string, string];
  const exercise = findExercise(id);
  if (exercise === null) {
    throw new UsageError(`unknown exercise ${id} (run stagecraft exercises for the list)`, false);
  }
  if (exercise.kind !== 'dockerfile') {
    throw new UsageError(`${id} is a multiple-choice exercise with no Dockerfile to check; try it on the site`, false);
  }
  const report = checkExercise(exercise, readInput(file));
  if (args.format === 'json') write(`${JSON.stringify(report, null, 2)}\n`);
  else write(formatCheckReport(report, exercise.title, file === '-' ? 'stdin' : file));
  return report.passed ? 0 : 1;
}

/** `stagecraft exercises`: the ids and titles, in order. */
function runExercises(args: ParsedArguments, write: (text: string) => void): number {
  rejectBuildOptions('exercises', args);
  if (args.positional.length > 0) throw new UsageError('exercises takes no arguments');
  if (args.format === 'json') {
    const list = exercises.map((exercise) => ({id: exercise.id, title: exercise.title, kind: exercise.kind}));
    write(`${JSON.stringify(list, null, 2)}\n`);
  } else {
    const width = Math.max(...exercises.map((exercise) => exercise.id.length));
    write(exercises.map((exercise) => `${exercise.id.padEnd(width)}  ${exercise.title}`).join('\n') + '\n');
  }
  return 0;
}
