import {analyze, reportFails, toAnalyzeOptions, toMarkdownReport, toReportJson, toSarifReport} from '../core';
import {UsageError, type ParsedArguments} from './parseArguments';
import {readInput} from './readInput';
import {version} from '../../package.json';

/**
 * `stagecraft report <file|->`: Markdown (the default), SARIF 2.1.0 or JSON for a pull request or a CI job.
 * Exit 1 when a diagnostic at or above `--fail-on` exists, else 0.
 */
export function runReport(args: ParsedArguments, write: (text: string) => void): number {
  if (args.positional.length !== 1) throw new UsageError('report takes exactly one file (or - for standard input)');
  if (args.format === 'text' || args.format === 'bake') throw new UsageError(`report --format must be markdown, sarif or json, not ${args.format}`);
  const file = args.positional[0]!;
  const text = readInput(file);
  const simulation = {builder: args.builder ?? 'buildkit', buildArgs: args.buildArgs, buildContexts: args.buildContexts, platform: args.platform, changes: []};
  const dockerignore = args.dockerignore === null ? null : readInput(args.dockerignore);
  const analysis = analyze(text, {target: args.target, ...toAnalyzeOptions(simulation), dockerignore});
  const options = {file: file === '-' ? 'stdin' : file, text, target: args.target, simulation};
  const format = args.format ?? 'markdown';
  if (format === 'markdown') write(toMarkdownReport(analysis, options));
  else if (format === 'sarif') write(`${JSON.stringify(toSarifReport(analysis, {file: options.file, toolVersion: version}), null, 2)}\n`);
  else write(`${JSON.stringify(toReportJson(analysis, {...options, failOn: args.failOn}), null, 2)}\n`);
  return reportFails(analysis.diagnostics, args.failOn) ? 1 : 0;
}
