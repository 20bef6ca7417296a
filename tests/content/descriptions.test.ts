import {describe, expect, it} from 'vitest';
import {readDocs} from './docs';

/** The page's `description:` front matter, or null when it has none (Docusaurus then takes the first text it finds). */
function frontMatterDescription(text: string): string | null {
  const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
  return /^description:\s*(.+)$/m.exec(frontMatter)?.[1]?.trim() ?? null;
}

// The description is the page's meta and link-preview text and its line in llms.txt; without one, Docusaurus
// took an exercise's first heading, MDX comment included ("Before you start {/ #before-you-start /}").
describe('every docs page says what it is about', () => {
  for (const doc of readDocs()) {
    it(`${doc.relativePath} has a description of its own, in plain text`, () => {
      const description = frontMatterDescription(doc.text);
      expect(description).not.toBeNull();
      expect(description!.length).toBeGreaterThan(40);
      expect(description).not.toMatch(/\{\/|\*\/\}/);
    });
  }
});
