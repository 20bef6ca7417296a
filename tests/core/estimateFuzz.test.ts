import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {analyze} from '../../src/core/analyze';
const piece = fc.constantFrom(
  'npm ci',
  'npm ci --omit=dev',
  'npm prune --production',
  'apt-get update',
  'apt-get install -y gcc',
  'rm -rf /var/lib/apt/lists/*',
  'rm -rf *',
  'go build -o',
  '-o',
  '/out/',
  'pip install -r',
  'requirements-dev.txt',
  '--prefix',
  'python -m venv',
  'apk add --virtual',
  'apk del',
  '.x',
  '&&',
  '||',
  ';',
  '|',
  '>',
  '>>',
  '.npmrc',
  '"',
  "'",
  '$(',
  ')',
  '`',
  '\\',
  '\n',
  'sh -c',
  'cargo build --release',
  'mvn package',
  'npm run build',
  'cp',
  'mv',
  'tee',
  '~',
  '$HOME',
  'https://u:p@h/x',
  '*',
  '[',
  '?',
  '..',
  '/',
);
const line = fc.oneof(
  fc.array(piece, {maxLength: 8}).map((parts) => `RUN ${parts.join(' ')}`),
  fc.array(piece, {maxLength: 4}).map((parts) => `RUN --mount=type=cache,target=${parts.join('')} npm ci`),
  fc
    .tuple(fc.constantFrom('a', 'b', '0', '1', 'busybox:1.36', 'node:20'), fc.array(piece, {minLength: 2, maxLength: 3}))
    .map(([from, parts]) => `COPY --from=${from} ${parts.join(' ')}`),
  fc.array(piece, {minLength: 2, maxLength: 3}).map((parts) => `COPY ${parts.join(' ')}`),
  fc.constantFrom(
    'FROM node:20 AS a',
    'FROM a AS b',
    'FROM b',
    'FROM scratch',
    'FROM golang:1.26',
    'WORKDIR app',
    'WORKDIR /src',
    'ENV NODE_ENV=production',
    'ARG SECRET_TOKEN',
    'USER node',
    'ONBUILD RUN npm ci',
    'ONBUILD COPY . .',
  ),
);

/** Commands and paths built from awkward pieces: the estimate must always answer. */
describe('estimate: odd commands and paths', () => {
  it('never make the estimate fail', () => {
    fc.assert(
      fc.property(fc.array(line, {maxLength: 25}), (lines) => {
        const analysis = analyze(['FROM node:20 AS a', ...lines].join('\n'));
        expect(analysis.estimate.assumptions.filter((text) => text.includes('could not be made'))).toEqual([]);
        expect(analysis.diagnostics.filter((d) => d.code === 'InternalError')).toEqual([]);
        JSON.stringify(analysis.estimate);
      }),
      {numRuns: 500},
    );
  });
});
