/** Which stack a single stage builds, from what its steps put into it (the stage-contents model). */

import type {StackKind} from './types';
import type {StageReading} from './readStage';
import {basename} from '../contents/paths';
import {isLauncher} from '../checks/startCommand';

const staticServers = new Set(['serve', 'http-server', 'live-server']);

/** The program that serves a static folder in the start command (`npx serve -s dist`), with that folder. */
export function staticServerFolder(reading: StageReading): string | null {
  let words = reading.start.command.argv;
  while (words[0] !== undefined && isLauncher(words[0])) words = words.slice(1);
  if (words[0] !== undefined && basename(words[0]) === 'npx') words = words.slice(1).filter((word) => word !== '--yes' && word !== '-y');
  if (words[0] === undefined || !staticServers.has(basename(words[0]))) return null;
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    if (/^-(?:p|l|a|c)$|^--(?:port|listen|address|config)$/.test(word)) i++;
    else if (!word.startsWith('-')) return word;
  }
  return null;
}

/** The stack, or null when the stage builds nothing Stagecraft recognises. */
export function recogniseStack(reading: StageReading): StackKind | null {
  const outputs = reading.items.filter((item) => item.category === 'build-output' && item.via === 'instruction');
  const built = (pattern: RegExp) => outputs.some((item) => pattern.test(item.label));
  if (built(/^Go binary \(go build/)) return 'go';
  if (built(/^cargo build output/)) return 'rust';
  if (built(/\.jar\b/)) return 'java';
  if (reading.nodeManager !== null && outputs.length > 0) return staticServerFolder(reading) !== null ? 'static-site' : 'node';
  if (reading.pythonTool !== null && reading.contents.baseInfo?.family === 'python') return 'python';
  return null;
}
