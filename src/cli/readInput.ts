import {readFileSync} from 'node:fs';
import {UsageError} from './parseArguments';

/** A file's text, or standard input for `-`; an unreadable file is a usage mistake (exit 2), not a crash. */
export function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new UsageError(`cannot read ${file === '-' ? 'standard input' : file}: ${reason}`, false);
  }
}
