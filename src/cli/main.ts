import {run} from './run';
import {UsageError, usage} from './parseArguments';

/** The `stagecraft` command: one line on stderr and exit code 2 for usage mistakes, never a stack trace. */
function main(): void {
  try {
    process.exitCode = run(process.argv.slice(2), (text) => process.stdout.write(text));
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`stagecraft: ${error.message}\n${error.showUsage ? `${usage}\n` : ''}`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`stagecraft: internal error: ${(error as Error).message}\n`);
      process.exitCode = 70;
    }
  }
}

main();
