/**
 * `npm run bench`: median timings of the analysis against dockerfile-ast's bare parse of the same input.
 * A benchmark, not a test: it prints figures and the budgets beside them, and never fails a build.
 */
import path from 'node:path';
import {Worker} from 'node:worker_threads';
import {analyze, maxAnalysedCharacters} from '../../src/core/analyze';
import {parseChange} from '../../src/core/cache/parseChange';
import {simulateCache} from '../../src/core/cache/simulateCache';
import {buildPlan} from '../../src/core/plan/buildPlan';
import {fiveMegabyteDockerfile, hundredStageDockerfile, typicalDockerfile} from './inputs';
import {time, type Timing} from './timing';

interface Case {
  name: string;
  text: string;
  budgetMs: number;
  runs: number;
}

const fiveMb = fiveMegabyteDockerfile();
const cases: Case[] = [
  {name: 'typical (30 lines, 3 stages)', text: typicalDockerfile, budgetMs: 1, runs: 200},
  {name: '100 stages (2,000 lines)', text: hundredStageDockerfile(), budgetMs: 30, runs: 30},
  {name: '5 MB file', text: fiveMb, budgetMs: 2000, runs: 5},
];

/**
 * dockerfile-ast's parse alone, timed in a worker thread that loads nothing of ours: the analysis changes how
 * dockerfile-ast runs in its own process (parse/parseDockerfile.ts keeps each instruction's argument scan).
 */
function bareParse(text: string, runs: number, warmUpLimitMs?: number): Promise<Timing> {
  return new Promise((resolve, reject) => {
    // A worker does not inherit tsx's loader: it registers it, then loads the TypeScript file.
    const source = `require('tsx/cjs'); require(${JSON.stringify(path.join(__dirname, 'bareParseWorker.ts'))});`;
    const worker = new Worker(source, {eval: true, workerData: {text, runs, warmUpLimitMs}});
    worker.once('message', (timing: Timing) => {
      resolve(timing);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

async function measure(c: Case) {
  const coldStart = performance.now();
  analyze(c.text);
  const coldMs = performance.now() - coldStart;
  const analysis = time(c.runs, () => analyze(c.text));
  const analysedText = c.text.length > maxAnalysedCharacters ? c.text.slice(0, c.text.lastIndexOf('\n', maxAnalysedCharacters)) : c.text;
  const bare = await bareParse(analysedText, c.runs);
  // The whole 5 MB parse is a note beside the row: one batch, no settling.
  const fullBareMs = analysedText === c.text ? bare.steadyMs : (await bareParse(c.text, Math.min(c.runs, 3), 0)).earlyMs;
  return {c, coldMs, analysis, bare, fullBareMs, truncated: analysedText !== c.text};
}

async function main(): Promise<void> {
  const rows = [];
  for (const c of cases) rows.push(await measure(c));
  const heapMb = process.memoryUsage().heapUsed / 1e6;
  console.log(`Stagecraft analysis benchmark — Node ${process.version}, ${process.platform}/${process.arch}, medians`);
  console.log('');
  console.log(
    '| input | lines | analyze, cold run (ms) | analyze, early median (ms) | analyze, steady median (ms) | bare dockerfile-ast parse, early / steady (ms) | ratio, early | ratio, steady | budget (steady) |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const {c, coldMs, analysis, bare, fullBareMs, truncated} of rows) {
    const lines = c.text.split('\n').length;
    const steadyRatio = analysis.steadyMs / bare.steadyMs;
    const ok = analysis.steadyMs <= c.budgetMs && steadyRatio <= 3 ? 'met' : 'MISSED';
    const note = truncated ? ` (first ${maxAnalysedCharacters / 1e6} M chars analysed; bare parse of all 5 MB: ${fullBareMs.toFixed(0)} ms)` : '';
    const cells = [
      `${c.name}${note}`,
      lines,
      coldMs.toFixed(1),
      analysis.earlyMs.toFixed(3),
      `${analysis.steadyMs.toFixed(3)} (after ${analysis.warmRuns} runs)`,
      `${bare.earlyMs.toFixed(3)} / ${bare.steadyMs.toFixed(3)} (after ${bare.warmRuns} runs)`,
      `${(analysis.earlyMs / bare.earlyMs).toFixed(2)}×`,
      `${steadyRatio.toFixed(2)}×`,
      `≤ ${c.budgetMs} ms, ≤ 3×: ${ok}`,
    ];
    console.log(`| ${cells.join(' | ')} |`);
  }
  console.log('');
  console.log(`heap after the runs: ${heapMb.toFixed(0)} MB`);
}

/** The build plan and the cache simulation on the 100-stage file: the part of analyze() issue 13 added (budget 5 ms). */
function timeSimulation(): void {
  const analysis = analyze(hundredStageDockerfile());
  const changes = ['package.json', 'arg:VERSION', 'line:3'].map(parseChange).flatMap((parsed) => (parsed.ok ? [parsed.change] : []));
  const input = {stages: analysis.stages, dependencies: analysis.dependencies, target: analysis.target, targetGiven: false, platform: null};
  const planMs = time(30, () => {
    for (const builder of ['buildkit', 'legacy', 'kaniko-skip-unused'] as const) buildPlan({...input, builder});
  }).steadyMs;
  const plan = buildPlan({...input, builder: 'buildkit'});
  const cacheMs = time(30, () => simulateCache(analysis.stages, analysis.contents, plan, changes)).steadyMs;
  const total = planMs / 3 + cacheMs;
  console.log('');
  console.log(
    `plan + cache on 100 stages: plan ${(planMs / 3).toFixed(3)} ms (median, per builder), cache simulation ${cacheMs.toFixed(3)} ms, together ${total.toFixed(3)} ms (budget ≤ 5 ms: ${total <= 5 ? 'met' : 'MISSED'})`,
  );
}

void main().then(timeSimulation);
