import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {run} from '../../src/cli/run';

export const repositoryRoot = path.resolve(__dirname, '../..');

/** Runs a CLI command in this process and captures what it prints. */
export function runCli(argv: string[]): {code: number; out: string} {
  let out = '';
  const code = run(argv, (text) => (out += text));
  return {code, out};
}

/** The real command, as a user runs it from a fresh clone. */
export function spawnCli(args: string[], input?: string) {
  return spawnSync('npm', ['run', '--silent', 'stagecraft', '--', ...args], {cwd: repositoryRoot, input, encoding: 'utf8'});
}
