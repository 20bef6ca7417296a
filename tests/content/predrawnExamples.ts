import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {docsDockerfiles} from './dockerfileExamples';

/** An authored example a lab opens on: the text as the lab holds it, its first target and simulated change. */
export interface LabExample {
  source: string;
  text: string;
  target: string | null;
  change: string | null;
}

const root = path.resolve(__dirname, '../..');

/** As DockerfilePlayground holds a text: exactly one trailing newline. */
const withFinalNewline = (text: string): string => `${text.replace(/\n+$/, '')}\n`;

/** Each exercise's start file, as its lab opens on it (the file's text as it is). */
function exerciseStarts(): LabExample[] {
  const exercises = path.join(root, 'src/exercises');
  return readdirSync(exercises, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && readdirSync(path.join(exercises, entry.name)).includes('start.Dockerfile'))
    .map((entry) => {
      const source = `src/exercises/${entry.name}/start.Dockerfile`;
      return {source, text: readFileSync(path.join(root, source), 'utf8'), target: null, change: null};
    });
}

/** Every example a lab opens on: the playground's, each exercise's start file and each <DockerfilePlayground> in docs/. */
export function labExamples(): LabExample[] {
  const playground = readFileSync(path.join(root, 'src/examples/node-three-stage.Dockerfile'), 'utf8');
  return [
    {source: 'src/pages/playground.tsx', text: withFinalNewline(playground), target: null, change: null},
    ...exerciseStarts(),
    ...docsDockerfiles()
      .filter((block) => block.playground !== null)
      .map((block) => ({
        source: `${block.file}:${block.line}`,
        text: withFinalNewline(block.text),
        target: block.playground!.target ?? null,
        change: block.playground!.change ?? null,
      })),
  ];
}
