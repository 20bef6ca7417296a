import {describe, expect, it} from 'vitest';
import {parseArguments, UsageError} from '../../src/cli/parseArguments';

describe('parseArguments', () => {
  it('keeps positionals in order, with - as standard input', () => {
    expect(parseArguments(['node-multi-stage', '-'])).toEqual({
      positional: ['node-multi-stage', '-'],
      target: null,
      buildArgs: {},
      dockerignore: null,
      buildContexts: {},
      format: null,
      failOn: null,
      write: false,
      builder: null,
      platform: null,
      changes: [],
    });
  });

  it('takes a value that starts with a dash, and an empty one', () => {
    expect(parseArguments(['x', '--target', '-1']).target).toBe('-1');
    expect(parseArguments(['x', '--target=']).target).toBe('');
  });

  it('collects repeated --build-arg in both spellings; a later value for the same name wins', () => {
    expect(parseArguments(['x', '--build-arg', 'A=1', '--build-arg=B=x=y', '--build-arg', 'A=2']).buildArgs).toEqual({A: '2', B: 'x=y'});
  });

  it('takes --dockerignore FILE and collects repeated --build-context NAME=VALUE', () => {
    const parsed = parseArguments([
      'x',
      '--dockerignore',
      'ctx/.dockerignore',
      '--build-context',
      'docs=./docs',
      '--build-context=base=docker-image://alpine:3.24',
    ]);
    expect(parsed.dockerignore).toBe('ctx/.dockerignore');
    expect(parsed.buildContexts).toEqual({docs: './docs', base: 'docker-image://alpine:3.24'});
  });

  it('treats everything after -- as positional', () => {
    expect(parseArguments(['--', '--target', 'x']).positional).toEqual(['--target', 'x']);
  });

  it.each([
    [['-h'], 'unknown option -h'],
    [['--frobnicate=1', 'x'], 'unknown option --frobnicate'],
    [['x', '--format'], '--format needs a value'],
    [['x', '--build-arg', '=v'], '--build-arg takes NAME=VALUE, not =v'],
    [['x', '--build-context', 'docs'], '--build-context takes NAME=VALUE, not docs'],
    [
      ['x', '--build-context', 'Docs=./docs'],
      '--build-context Docs=./docs: “Docs=./docs” is not NAME=VALUE with a lower-case name such as base or alpine:3.24',
    ],
    [['x', '--build-context', 'docs=a\nb=c'], '--build-context docs=a\nb=c: the value is more than one line'],
    [['x', '--build-context', 'docs='], '--build-context docs=: the context docs has no value (a path, a URL or docker-image://…)'],
    [['x', '--dockerignore'], '--dockerignore needs a value'],
  ])('%j fails with "%s"', (argv, message) => {
    expect(() => parseArguments(argv)).toThrow(new UsageError(message));
  });
});

describe('parseArguments for report', () => {
  it('takes --format markdown or sarif and --fail-on', () => {
    expect(parseArguments(['x', '--format', 'sarif', '--fail-on=warning'])).toMatchObject({format: 'sarif', failOn: 'warning'});
    expect(parseArguments(['x', '--format=markdown']).format).toBe('markdown');
  });
});
