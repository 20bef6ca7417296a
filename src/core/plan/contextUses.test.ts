import {describe, expect, it} from 'vitest';
import {analyze} from '../analyze';
import {contextUses} from './contextUses';

describe('contextUses', () => {
  const text = 'FROM node:24 AS deps\nRUN npm ci\nFROM base\nCOPY --from=deps /app /app\nCOPY --from=docs . /docs\nRUN --mount=from=docs,target=/d true\n';
  it('tells a replaced stage, an image a context stands in for, and an unused context apart', () => {
    const names = ['deps', 'base', 'docs', 'extra'];
    expect(contextUses(analyze(text, {buildContexts: names}), names)).toEqual([
      {name: 'deps', kind: 'stage', stage: 0, line: 1},
      {name: 'base', kind: 'image', lines: [3]},
      {name: 'docs', kind: 'image', lines: [5, 6]},
      {name: 'extra', kind: 'unused'},
    ]);
  });
  it('matches names as written, as the diagnostics do', () => {
    expect(contextUses(analyze('FROM Base\n'), ['base'])).toEqual([{name: 'base', kind: 'unused'}]);
  });
});
