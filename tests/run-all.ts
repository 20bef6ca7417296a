/**
 * `npm test`: typecheck, lint, format check, unused-code check, unit tests, site build, then end-to-end
 * tests in a real Chromium against the built site. Every step runs (e2e needs the build), and the last
 * line totals all steps' tests.
 */
import {spawnSync} from 'node:child_process';
import {createServer} from 'node:net';
import {existsSync, mkdirSync, readFileSync, rmSync} from 'node:fs';
import path from 'node:path';
import {chromium} from '@playwright/test';
import {systemChromiumPath} from './e2e/browser';

interface StepResult {
  name: string;
  passed: number;
  failed: number;
}

const root = path.resolve(__dirname, '..');
const resultsDir = path.join(root, 'tests/.results');
mkdirSync(resultsDir, {recursive: true});

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  const result = spawnSync(command, args, {cwd: root, stdio: 'inherit', env: {...process.env, ...env}});
  return result.status === 0;
}

function heading(text: string): void {
  console.log(`\n=== ${text} ===`);
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** A step that is one npm script and counts as one test: it passes when the script exits 0. */
function scriptStep(name: string, title: string): StepResult {
  heading(title);
  const ok = run('npm', ['run', '--silent', name]);
  return {name, passed: ok ? 1 : 0, failed: ok ? 0 : 1};
}

function unitTests(): StepResult {
  heading('unit tests (vitest)');
  const out = path.join(resultsDir, 'vitest.json');
  rmSync(out, {force: true});
  const ok = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  const report = readJson(out) as {numPassedTests?: number; numFailedTests?: number; numPendingTests?: number; numTodoTests?: number} | undefined;
  if (!report) return {name: 'unit', passed: 0, failed: 1};
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  if (skipped > 0) console.log(`${skipped} unit test(s) skipped or todo: counted as failed.`);
  const failed = (report.numFailedTests ?? 0) + skipped + (ok || report.numFailedTests ? 0 : 1);
  return {name: 'unit', passed: report.numPassedTests ?? 0, failed};
}

function build(): StepResult {
  heading('site build (docusaurus build)');
  const ok = run('npx', ['docusaurus', 'build']);
  return {name: 'build', passed: ok ? 1 : 0, failed: ok ? 0 : 1};
}

function browserAvailable(): boolean {
  const system = systemChromiumPath();
  if (system) return existsSync(system);
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

/** A free port on loopback, so a server left running elsewhere cannot clash with the test server. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function e2eTests(buildOk: boolean, port: number): StepResult {
  heading('end-to-end tests (Playwright, Chromium)');
  if (!buildOk) {
    console.log('e2e not run: the site build failed.');
    return {name: 'e2e', passed: 0, failed: 1};
  }
  if (!browserAvailable()) {
    console.log(
      'e2e not run: no Chromium found. Install one with `apt-get install -y chromium` (Debian), point CHROMIUM_PATH at a Chromium binary, or run `npx playwright install chromium`.',
    );
    return {name: 'e2e', passed: 0, failed: 1};
  }
  const out = path.join(resultsDir, 'playwright.json');
  rmSync(out, {force: true});
  const ok = run('npx', ['playwright', 'test'], {PLAYWRIGHT_JSON_OUTPUT_NAME: out, CI: process.env.CI ?? '1', E2E_PORT: String(port)});
  const report = readJson(out) as {stats?: {expected?: number; unexpected?: number; flaky?: number; skipped?: number}} | undefined;
  const stats = report?.stats;
  if (!stats) return {name: 'e2e', passed: 0, failed: 1};
  const skipped = stats.skipped ?? 0;
  if (skipped > 0) console.log(`${skipped} e2e test(s) skipped: counted as failed.`);
  const failed = (stats.unexpected ?? 0) + (stats.flaky ?? 0) + skipped;
  return {name: 'e2e', passed: stats.expected ?? 0, failed: failed || (ok ? 0 : 1)};
}

async function main(): Promise<void> {
  const results: StepResult[] = [
    scriptStep('typecheck', 'typecheck (tsc --noEmit)'),
    scriptStep('lint', 'lint (ESLint)'),
    scriptStep('format:check', 'format (Prettier, check only)'),
    scriptStep('knip', 'unused files, exports and dependencies (knip)'),
    unitTests(),
  ];
  const buildResult = build();
  results.push(buildResult, e2eTests(buildResult.failed === 0, await freePort()));
  summarise(results);
}

function summarise(results: StepResult[]): void {
  heading('summary');
  for (const r of results) console.log(`${r.name.padEnd(13)} ${r.passed} passed, ${r.failed} failed`);
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

void main();
