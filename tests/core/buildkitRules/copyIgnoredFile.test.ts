import {describe, expect, it} from 'vitest';
import {ignoredBy, parseDockerignore} from '../../../src/core/contents/dockerignore';
import {warningsOf} from './lint';

/** Cases from BuildKit's testCopyIgnoredFiles / testCopyIgnoredFileContextRoot and moby/patternmatcher's rules. */
describe('CopyIgnoredFile', () => {
  const check = (text: string, dockerignore: string | null) => warningsOf('CopyIgnoredFile', text, {dockerignore});

  it('reports COPY and ADD of an ignored file', () => {
    expect(check('FROM scratch\nCOPY Dockerfile .\nADD Dockerfile /windy\n', '\nDockerfile\n')).toEqual([
      '2: Attempting to Copy file "Dockerfile" that is excluded by .dockerignore',
      '3: Attempting to Add file "Dockerfile" that is excluded by .dockerignore',
    ]);
  });

  it('is quiet without a .dockerignore, or when it has exceptions', () => {
    expect(check('FROM scratch\nCOPY Dockerfile .\n', null)).toEqual([]);
    expect(check('FROM scratch\nCOPY Dockerfile .\n', 'Dockerfile\n!README.md\n')).toEqual([]);
  });

  it('is skipped by the directive', () => {
    expect(check('# check=skip=CopyIgnoredFile\n\nFROM scratch\nCOPY Dockerfile .\n', 'Dockerfile')).toEqual([]);
  });

  it('reports a file inside an ignored folder', () => {
    expect(check('FROM scratch\nCOPY node_modules/x/index.js /x\n', 'node_modules')).toEqual([
      '2: Attempting to Copy file "node_modules/x/index.js" that is excluded by .dockerignore',
    ]);
  });

  it('checks the context root only against patterns that leave out everything', () => {
    expect(check('FROM scratch\nCOPY . .\n', 'node_modules\n*.log')).toEqual([]);
    expect(check('FROM scratch\nCOPY . .\n', '*')).toEqual(['2: Attempting to Copy file "." that is excluded by .dockerignore']);
  });

  it('never checks COPY --from', () => {
    expect(check('FROM alpine:3.24 AS b\nFROM scratch\nCOPY --from=b Dockerfile .\n', 'Dockerfile')).toEqual([]);
  });

  it('expands variables in the source first', () => {
    expect(check('FROM scratch\nARG F=secrets.env\nCOPY $F /x\n', 'secrets.env')).toEqual([
      '3: Attempting to Copy file "secrets.env" that is excluded by .dockerignore',
    ]);
  });
});

describe('parseDockerignore and ignoredBy', () => {
  it('drops comments and blank lines, cleans patterns and drops a leading slash', () => {
    expect(parseDockerignore('# comment\n\n  /dist/  \n!keep\n./a/../b\n').patterns.map((p) => `${p.exclusion ? '!' : ''}${p.pattern}`)).toEqual([
      'dist',
      '!keep',
      'b',
    ]);
  });

  it('matches * within one segment and ** across segments, not by basename', () => {
    const ignore = parseDockerignore('*.md\n**/*.log\n');
    expect(ignoredBy(ignore, 'README.md')).not.toBeNull();
    expect(ignoredBy(ignore, 'docs/README.md')).toBeNull();
    expect(ignoredBy(ignore, 'a/b/c.log')).not.toBeNull();
    expect(ignoredBy(ignore, 'c.log')).not.toBeNull();
  });

  it('lets a later exception win, as patternmatcher does', () => {
    const ignore = parseDockerignore('docs\n!docs/keep.md\n');
    expect(ignoredBy(ignore, 'docs/other.md')).not.toBeNull();
    expect(ignoredBy(ignore, 'docs/keep.md')).toBeNull();
  });
});
