import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {analyze} from '../../src/core/analyze';
import type {AnalyzeOptions} from '../../src/core/types';

/**
 * A corpus of realistic multi-stage Dockerfiles, written for this test (dev, test, lint and validation stages,
 * named build contexts, interpreters, labs features, per-instruction check comments). Nothing in them is
 * wrong, so the analysis must refuse nothing and warn about nothing; information notes are allowed.
 */
const corpusDirectory = path.join(__dirname, '..', 'fixtures', 'corpus');

/** The build each file is written for: named contexts, and the project's .dockerignore. */
const buildInputs: Record<string, AnalyzeOptions> = {
  'named-context-docs.Dockerfile': {buildContexts: ['docs', 'brand']},
  'named-context-base.Dockerfile': {buildContexts: ['base']},
  'node-dev-stage.Dockerfile': {dockerignore: 'node_modules\n.git\n*.log\ncoverage\n'},
  'python-django-interpreter.Dockerfile': {dockerignore: '# local state\n.venv\n__pycache__\n*.sqlite3\n.env\n'},
};

const files = readdirSync(corpusDirectory).filter((name) => name.endsWith('.Dockerfile'));

describe('the realistic corpus (tests/fixtures/corpus)', () => {
  it('holds at least fifteen files', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
  });

  it.each(files)('%s: no refusal and no warning', (name) => {
    const analysis = analyze(readFileSync(path.join(corpusDirectory, name), 'utf8'), buildInputs[name] ?? {});
    const problems = analysis.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.code}@${d.line}: ${d.message}`);
    expect(problems).toEqual([]);
    expect(analysis.error).toBeNull();
  });

  it('needs its build inputs: without the named contexts, those files are reported', () => {
    const text = readFileSync(path.join(corpusDirectory, 'named-context-docs.Dockerfile'), 'utf8');
    expect(analyze(text).diagnostics.map((d) => d.code)).toContain('UnknownStageOrContext');
  });
});
