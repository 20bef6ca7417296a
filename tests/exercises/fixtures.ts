import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';

export const exerciseFixtureDir = path.resolve(__dirname, '../fixtures/exercises');

/**
 * A Dockerfile under tests/fixtures/exercises/<check-or-exercise>/. The name says what it must do
 * (`pass-…` or `fail-…`); comment lines at the top say more:
 * `# expect-line: N` (the result's line, also named in the message), `# expect-text: …` (in the message),
 * `# fails: <check-id>` (for an exercise folder: exactly these required checks fail).
 */
export interface ExerciseFixture {
  folder: string;
  name: string;
  text: string;
  expect: 'pass' | 'fail';
  line: number | null;
  texts: string[];
  fails: string[];
}

export function fixtureFolders(): string[] {
  return readdirSync(exerciseFixtureDir, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export function readFixtures(folder: string): ExerciseFixture[] {
  const directory = path.join(exerciseFixtureDir, folder);
  return readdirSync(directory)
    .filter((file) => file.endsWith('.Dockerfile'))
    .sort()
    .map((file) => {
      const text = readFileSync(path.join(directory, file), 'utf8');
      const directives = (name: string): string[] => [...text.matchAll(new RegExp(`^# ${name}: (.*)$`, 'gm'))].map((match) => match[1]!.trim());
      const line = directives('expect-line')[0];
      if (!/^(?:pass|fail)-/.test(file)) throw new Error(`${folder}/${file}: name must start with pass- or fail-`);
      return {
        folder,
        name: file,
        text,
        expect: file.startsWith('pass-') ? 'pass' : 'fail',
        line: line === undefined ? null : Number(line),
        texts: directives('expect-text'),
        fails: directives('fails'),
      };
    });
}
