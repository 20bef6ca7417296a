import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {diagnosticDefinitions, diagnosticUrl} from '../../src/core/diagnostics/codes';
import {readDocs} from './docs';

/** Chapters link every diagnostic code they mention to its entry in the diagnostics reference. */
const codes = Object.keys(diagnosticDefinitions);
const referencePages = path.join('reference', 'diagnostics') + path.sep;
const codeWord = new RegExp(`\\b(${codes.join('|')})\\b`, 'g');

/** Prose lines of a page with their numbers: no fenced code, no JSX tags (a title prop cannot hold a link). */
function proseLines(text: string): Array<{line: number; text: string}> {
  const lines: Array<{line: number; text: string}> = [];
  let fence: string | null = null;
  text.split('\n').forEach((line, index) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === null || marker.startsWith(fence))) {
      fence = fence === null ? marker : null;
      return;
    }
    if (fence === null && !/^\s*<\/?[A-Z]/.test(line)) lines.push({line: index + 1, text: line});
  });
  return lines;
}

/** Mentions of a code that are not the text of a link to that code's entry. */
function unlinkedMentions(line: string): string[] {
  const linked = new RegExp(`\\[\`?(${codes.join('|')})\`?\\]\\((/reference/diagnostics/[a-z-]+#[a-z0-9-]+)\\)`, 'g');
  const rest = line.replace(linked, (whole, code: string, url: string) => (url === diagnosticUrl(code) ? '' : whole));
  return [...rest.matchAll(codeWord)].map((match) => match[1]!);
}

describe('links from chapters to the diagnostics reference', () => {
  it('recognises a linked and an unlinked mention', () => {
    expect(unlinkedMentions('Stagecraft reports [`UndefinedStage`](/reference/diagnostics/stage-names-and-references#undefined-stage).')).toEqual([]);
    expect(unlinkedMentions('Stagecraft reports `UndefinedStage` and [`DL3022`](/reference/diagnostics/stage-names-and-references#dl3023).')).toEqual([
      'UndefinedStage',
      'DL3022',
    ]);
    expect(proseLines('a\n```dockerfile\nFROM x\n```\n<DockerfilePlayground title="DL3022">\nb')).toEqual([
      {line: 1, text: 'a'},
      {line: 6, text: 'b'},
    ]);
  });

  for (const doc of readDocs().filter((d) => !d.relativePath.startsWith(referencePages))) {
    it(`${doc.relativePath} links every code it mentions to its entry`, () => {
      const problems = proseLines(doc.text).flatMap(({line, text}) =>
        unlinkedMentions(text).map((code) => `line ${line}: ${code} → [\`${code}\`](${diagnosticUrl(code)})`),
      );
      expect(problems).toEqual([]);
    });
  }
});
