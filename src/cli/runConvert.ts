import {writeFileSync} from 'node:fs';
import {readInput} from './readInput';
import {convertDockerfile, formatBytes, toConvertJson, type ConvertResult} from '../core';
import {UsageError, type ParsedArguments} from './parseArguments';

const siteUrl = 'https://stagecraft.dev';

const size = (bytes: number | null): string => (bytes === null ? 'unknown' : formatBytes(bytes));

/** The proposal for people: the size before and after, then each hunk with its reason, then what to check. */
function formatConversion(result: ConvertResult, name: string): string {
  if (result.kind === 'declined') return `${name}: no multi-stage version proposed.\n${result.reason}\n`;
  const {estimate} = result;
  const out = [
    `${name}: a multi-stage version (${result.stack}), verified by Stagecraft's engine${result.rubric === null ? '' : ` and the ${result.rubric} rubric`}.`,
    `Final image: ${size(estimate.before)} on ${estimate.baseBefore} -> ${size(estimate.after)} on ${estimate.baseAfter} (estimate).`,
  ];
  if (estimate.leftTheImage.length > 0) out.push('No longer in the final image:', ...estimate.leftTheImage.map((label) => `  - ${label}`));
  for (const hunk of result.hunks) {
    out.push('', `@@ line ${hunk.oldStart}: ${hunk.reason}`, `   ${siteUrl}${hunk.chapter}`);
    out.push(...hunk.removed.map((line) => `-${line}`), ...hunk.added.map((line) => `+${line}`));
  }
  if (result.notes.length > 0) {
    out.push('', 'Check before you build:', ...result.notes.map((note) => `  - ${note.line === null ? '' : `proposal line ${note.line}: `}${note.message}`));
  }
  return `${out.join('\n')}\n`;
}

/** `stagecraft convert <file|-> [--format json|text] [--write]`: exit 0 with a proposal, 1 when declined. */
export function runConvert(args: ParsedArguments, write: (text: string) => void): number {
  if (args.target !== null || Object.keys(args.buildArgs).length > 0) throw new UsageError('convert takes no --target or --build-arg');
  if (args.positional.length !== 1) throw new UsageError('convert takes exactly one file (or - for standard input)');
  const file = args.positional[0]!;
  if (args.write && file === '-') throw new UsageError('--write needs a file, not standard input');
  const result = convertDockerfile(readInput(file), {today: new Date()});
  if (args.format === 'json') write(`${JSON.stringify(toConvertJson(result), null, 2)}\n`);
  else write(formatConversion(result, file === '-' ? 'stdin' : file));
  if (result.kind === 'proposal' && args.write) {
    writeFileSync(file, result.dockerfile);
    if (args.format !== 'json') write(`Wrote the proposal to ${file}.\n`);
  }
  return result.kind === 'proposal' ? 0 : 1;
}
