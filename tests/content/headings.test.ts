import {describe, expect, it} from 'vitest';
import {headingsOf, readDocs} from './docs';

describe('headingsOf', () => {
  it('reads explicit ids and ignores headings inside code fences', () => {
    const text = ['## One {/* #one */}', '```md', '## Not a heading', '```', '### Two'].join('\n');
    expect(headingsOf(text)).toEqual([
      {line: 1, text: '## One {/* #one */}'.slice(3), id: 'one'},
      {line: 5, text: 'Two', id: null},
    ]);
  });
});

describe('every docs page', () => {
  const docs = readDocs();

  it('exists', () => {
    expect(docs.length).toBeGreaterThan(10);
  });

  for (const doc of docs) {
    it(`${doc.relativePath} gives every heading a unique explicit id`, () => {
      const headings = headingsOf(doc.text);
      const missing = headings.filter((h) => h.id === null).map((h) => `line ${h.line}: ${h.text}`);
      expect(missing, 'headings without {/* #id */}').toEqual([]);
      const ids = headings.map((h) => h.id);
      expect(new Set(ids).size, 'duplicate heading ids').toBe(ids.length);
    });

    it(`${doc.relativePath} has a stable slug in its front matter`, () => {
      expect(doc.text).toMatch(/^---\n(?:[\s\S]*?\n)?slug: \/[a-z0-9/-]+\n[\s\S]*?---\n/);
    });
  }
});
