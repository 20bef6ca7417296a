import {describe, expect, it} from 'vitest';
import {warningsOf} from './lint';

/** Cases from BuildKit's dockerfile_check_test.go `testDefinitionDescription`. */
describe('InvalidDefinitionDescription (experimental)', () => {
  const check = (text: string) => warningsOf('InvalidDefinitionDescription', text);

  it('is off unless experimental= turns it on', () => {
    expect(check('# definitely a bad comment\nARG version=latest\nFROM scratch\n')).toEqual([]);
  });

  it('accepts comments that start with the name, and comments a blank # line cuts off', () => {
    const text = [
      '# check=skip=all;experimental=InvalidDefinitionDescription',
      '# foo this is the foo',
      'ARG foo=bar',
      '',
      '# base this is the base image',
      'FROM scratch AS base',
      '',
      '# baz this is the baz',
      'ARG foo=baz bar=qux baz=quux',
      '#',
      'ARG bit=bat',
      '',
      '# comment for something other than ARG or FROM',
      'COPY Dockerfile .',
    ].join('\n');
    expect(check(text)).toEqual([]);
  });

  it('keeps a comment linked across blank lines (parser.go clears it only on an empty # line)', () => {
    const text = ['# check=experimental=InvalidDefinitionDescription', 'FROM alpine:3.24', '# the version to install', '', 'ARG VERSION=1.0'].join('\n');
    expect(check(text)).toEqual(['5: Comment for ARG should follow the format: `# VERSION <description>`']);
  });

  it('reports comments that do not name the definition', () => {
    const text = [
      '# check=experimental=InvalidDefinitionDescription',
      '# bar this is the bar',
      'ARG foo=bar',
      '# BasE this is the BasE image',
      'FROM scratch AS base',
      '# definitely a bad comment',
      'ARG version=latest',
      '# definitely a bad comment',
      'ARG foo=baz bar=qux baz=quux',
    ].join('\n');
    expect(check(text)).toEqual([
      '3: Comment for ARG should follow the format: `# foo <description>`',
      '5: Comment for FROM should follow the format: `# base <description>`',
      '7: Comment for ARG should follow the format: `# version <description>`',
      '9: Comment for ARG should follow the format: `# <arg_key> <description>`',
    ]);
  });
});
