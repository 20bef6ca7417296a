/** Times dockerfile-ast's parse of `workerData.text` in a thread that loads nothing of Stagecraft's (see analysisBench.ts). */
import {parentPort, workerData} from 'node:worker_threads';
import {DockerfileParser} from 'dockerfile-ast';
import {time} from './timing';

const {text, runs, warmUpLimitMs} = workerData as {text: string; runs: number; warmUpLimitMs?: number};
const parse = () => DockerfileParser.parse(text).getInstructions();
// The cold run, as the analysis side makes it before its timed batches.
parse();
parentPort!.postMessage(time(runs, parse, warmUpLimitMs));
