import {describe, expect, it} from 'vitest';
import {analyze} from '../analyze';
import {breakdownByOrigin} from './breakdownByOrigin';
import {lookupBaseImage} from './lookupBaseImage';

const MB = 1_000_000;
const parts = (text: string, stage?: number) => {
  const analysis = analyze(text);
  const index = stage ?? analysis.target!;
  return breakdownByOrigin(analysis.stages, analysis.contents[index]).map(({origin, stage: from, image, line, bytes, unknownItems}) => ({
    origin,
    stage: from,
    image,
    line,
    bytes,
    unknownItems,
  }));
};

describe('breakdownByOrigin', () => {
  const text =
    'FROM node:24 AS build\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n\n' +
    'FROM node:24-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN --mount=type=cache,target=/root/.npm npm ci --omit=dev\n' +
    'COPY --from=build /app/dist ./dist\nCOPY --from=nginx:1.31-alpine /etc/nginx/nginx.conf /etc/nginx.conf\nCMD ["node", "dist/server.js"]\n';

  it('the final image: base, context, each RUN, each COPY --from stage or image, in line order after the base', () => {
    expect(parts(text)).toEqual([
      {origin: 'base-image', stage: 1, image: 'node:24-slim', line: 8, bytes: lookupBaseImage('node:24-slim').bytes, unknownItems: 0},
      {origin: 'context', stage: 1, image: null, line: 10, bytes: null, unknownItems: 1},
      {origin: 'run', stage: 1, image: null, line: 11, bytes: 4.5 * MB, unknownItems: 0},
      {origin: 'stage', stage: 0, image: null, line: 12, bytes: null, unknownItems: 1},
      {origin: 'image', stage: null, image: 'nginx:1.31-alpine', line: 13, bytes: null, unknownItems: 1},
    ]);
  });

  it('any stage: the build stage, where the toolchain in node:24 is not counted twice and the npm cache is unknown', () => {
    expect(parts(text, 0)).toEqual([
      {origin: 'base-image', stage: 0, image: 'node:24', line: 1, bytes: lookupBaseImage('node:24').bytes, unknownItems: 0},
      {origin: 'context', stage: 0, image: null, line: 3, bytes: null, unknownItems: 1},
      // node_modules 4.5 + 102.5 MB; the npm cache of unknown size.
      {origin: 'run', stage: 0, image: null, line: 4, bytes: 107 * MB, unknownItems: 1},
      {origin: 'context', stage: 0, image: null, line: 5, bytes: null, unknownItems: 1},
      {origin: 'run', stage: 0, image: null, line: 6, bytes: null, unknownItems: 1},
    ]);
  });

  it('the parts add up to the stage estimate (deleted items count where they were added)', () => {
    const deleted = 'FROM python:3.14-slim\nRUN apt-get update && apt-get install -y curl\nRUN rm -rf /var/lib/apt/lists/*\n';
    const analysis = analyze(deleted);
    const sum = breakdownByOrigin(analysis.stages, analysis.contents[0]).reduce((total, part) => total + (part.bytes ?? 0), 0);
    expect(sum).toBe(analysis.estimate.final!.bytes);
    expect(sum).toBe(lookupBaseImage('python:3.14-slim').bytes! + 19 * MB);
  });

  it('an inherited stage keeps the lines of its parent; the estimate JSON carries the final breakdown', () => {
    const chain = 'FROM python:3.14-slim AS base\nRUN apt-get update\nFROM base\nCMD ["python"]\n';
    expect(parts(chain).map((part) => [part.origin, part.line, part.stage])).toEqual([
      ['base-image', 1, 0],
      ['run', 2, 0],
    ]);
    expect(analyze(chain).estimate.breakdown.map((part) => part.line)).toEqual([1, 2]);
  });
});
