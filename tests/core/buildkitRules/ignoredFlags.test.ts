import {describe, expect, it} from 'vitest';
import {analyze} from '../../../src/core/analyze';
import {codesOf} from './lint';

/** instructions/parse.go: parseArg, parseStopSignal and HEALTHCHECK NONE never call flags.Parse, so their flags go unread. */
describe('flags BuildKit never reads', () => {
  it('drops unknown and valueless flags on ARG, STOPSIGNAL and HEALTHCHECK NONE', () => {
    const text = ['FROM alpine:3.24', 'ARG --chmodd=1 VERSION=1', 'STOPSIGNAL --from SIGTERM', 'HEALTHCHECK --foo NONE', 'CMD ["sh"]'].join('\n');
    expect(codesOf(text)).toEqual([]);
  });

  it('still refuses them where the parser reads flags (HEALTHCHECK CMD, CMD)', () => {
    expect(codesOf('FROM alpine:3.24\nHEALTHCHECK --foo CMD true\n')).toEqual(['UnknownFlag@2']);
    expect(codesOf('FROM alpine:3.24\nCMD --version\n')).toEqual(['UnknownFlag@2']);
  });

  it('reads a global ARG without its flags', () => {
    const analysis = analyze('ARG --foo TAG=3.24\nFROM alpine:${TAG}\n');
    expect(analysis.globalArgs).toEqual([{name: 'TAG', value: '3.24'}]);
    expect(analysis.stages[0]!.from).toBe('alpine:3.24');
  });
});
