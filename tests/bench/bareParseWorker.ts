/** Times dockerfile-ast's parse of `workerData.text` in a thread that loads nothing of Stagecraft's (see analysisBench.ts). */
import {parentPort, workerData} from 'node:worker_threads';
import {DockerfileParser} from 'dockerfile-ast';
import {time} from './timing';

const {text, runs} = workerData as {text: string; runs: number};
parentPort!.postMessage(time(runs, () => DockerfileParser.parse(text).getInstructions()));
