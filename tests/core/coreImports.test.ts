import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

/** src/core stays framework-free: relative imports and a short list of pure libraries only. */
const allowedPackages = new Set(['dockerfile-ast', 'lz-string', 'picomatch/posix', 'diff']);
const coreDir = path.resolve(__dirname, '../../src/core');

describe('src/core imports', () => {
  const files = readdirSync(coreDir, {recursive: true, encoding: 'utf8'}).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));

  it('has modules to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  for (const file of files) {
    it(`${file} imports nothing from React, the DOM, Node, Docusaurus, Monaco or mermaid`, () => {
      const text = readFileSync(path.join(coreDir, file), 'utf8');
      const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);
      const dynamic = [...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!);
      const foreign = [...specifiers, ...dynamic].filter((s) => !s.startsWith('.') && !allowedPackages.has(s));
      expect(foreign).toEqual([]);
      expect(text).not.toMatch(/\b(?:window|document|localStorage)\./);
    });
  }
});
