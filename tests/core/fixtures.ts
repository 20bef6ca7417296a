import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {AnalyzeOptions} from '../../src/core/types';

const analysisFixtureDir = path.resolve(__dirname, '../fixtures/analysis');

export interface AnalysisFixture {
  name: string;
  dockerfile: string;
  text: string;
  options: AnalyzeOptions;
  expected: {
    description?: string;
    model: Record<string, unknown>;
    error: string | null;
    diagnostics: string[];
  };
}

/**
 * The day the fixtures are judged on. They pin down how BuildKit reads a file, and their image tags are as old as
 * they are; on this day every line they name was supported, so EndOfLifeBaseImage (tested on its own) stays out.
 */
const fixtureDay = new Date('2025-01-15T00:00:00Z');

/** Every `<name>.expected.json` beside its Dockerfile (`"file"` names another one, for option variants). */
export function readAnalysisFixtures(): AnalysisFixture[] {
  return readdirSync(analysisFixtureDir)
    .filter((file) => file.endsWith('.expected.json'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.expected\.json$/, '');
      const expected = JSON.parse(readFileSync(path.join(analysisFixtureDir, file), 'utf8'));
      const dockerfile = expected.file ?? `${name}.Dockerfile`;
      return {
        name,
        dockerfile,
        text: readFileSync(path.join(analysisFixtureDir, dockerfile), 'utf8'),
        options: {today: fixtureDay, ...expected.options},
        expected,
      };
    });
}
