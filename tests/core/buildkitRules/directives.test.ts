import {describe, expect, it} from 'vitest';
import {analyze} from '../../../src/core/analyze';
import {commentCheckOptions, parseCheckOptions} from '../../../src/core/diagnostics/checkDirective';
import {codesOf, warningsOf} from './lint';

/** BuildKit's linter (ParseLintOptions, WithMergedConfigFromComments) and dockerfile_check_test.go testRuleCheckOption. */
describe('the check directive', () => {
  const casing = 'FROM scratch as base\ncopy Dockerfile .\n';

  it('skip=all turns every check off, and error=true then has nothing to refuse', () => {
    expect(codesOf(`#check=skip=all\n${casing}`)).toEqual([]);
    expect(analyze(`#check=skip=all;error=true\n${casing}`).error).toBeNull();
  });

  it('skip= names rules', () => {
    expect(codesOf(`#check=skip=ConsistentInstructionCasing,FromAsCasing\n${casing}`)).toEqual([]);
    expect(codesOf(`#check=skip=ConsistentInstructionCasing\n${casing}`)).toEqual(['FromAsCasing@2']);
  });

  it('error=true refuses once, at the first check that fired, naming the rules', () => {
    const analysis = analyze(`#check=skip=ConsistentInstructionCasing;error=true\n${casing}`);
    expect(analysis.error).toBe('lint violation found for rules: FromAsCasing');
    expect(analysis.diagnostics.filter((d) => d.code === 'LintViolation').map((d) => d.line)).toEqual([2]);
  });

  it('BUILDKIT_DOCKERFILE_CHECK replaces the file directive, error= included', () => {
    const fromArg = analyze(`#check=skip=all\n${casing}`, {buildArgs: {BUILDKIT_DOCKERFILE_CHECK: 'skip=ConsistentInstructionCasing;error=true'}});
    expect(fromArg.error).toBe('lint violation found for rules: FromAsCasing');
    const quiet = analyze(`#check=error=true\n${casing}`, {buildArgs: {BUILDKIT_DOCKERFILE_CHECK: 'skip=all'}});
    expect(quiet.error).toBeNull();
    expect(quiet.diagnostics).toEqual([]);
  });

  it('refuses options BuildKit cannot parse', () => {
    expect(analyze('# check=skip\nFROM scratch\n').error).toBe('failed to parse check options: invalid check option "skip"');
    expect(analyze('# check=Skip=all\nFROM scratch\n').error).toBe('failed to parse check options: invalid check option "Skip"');
    expect(analyze('FROM scratch\n', {buildArgs: {BUILDKIT_DOCKERFILE_CHECK: 'error=maybe'}}).error).toBe(
      'failed to parse build-arg:BUILDKIT_DOCKERFILE_CHECK: failed to parse check option "error=maybe": strconv.ParseBool: parsing "maybe": invalid syntax',
    );
  });

  it('parses experimental= and Go booleans', () => {
    const parsed = parseCheckOptions('experimental=InvalidDefinitionDescription;error=1');
    expect(parsed.ok && [...parsed.options.experimental]).toEqual(['InvalidDefinitionDescription']);
    expect(parsed.ok && parsed.options.error).toBe(true);
  });
});

describe('a check comment above an instruction', () => {
  const secrets = (text: string) => warningsOf('SecretsUsedInArgOrEnv', text).map((line) => Number(line.split(':')[0]));

  it('skips the rule for that instruction only (BuildKit testSecretsUsedInArgOrEnv)', () => {
    const text = [
      'FROM scratch',
      'ENV password=bar',
      '# check=skip=SecretsUsedInArgOrEnv // allow secret in environment',
      'ENV password=bar',
      '# check=skip=all // is local to only this instruction',
      'ARG alternate_password',
      'ARG password',
    ].join('\n');
    expect(secrets(text)).toEqual([2, 7]);
  });

  it('keeps the link across blank lines, and an empty # line breaks it', () => {
    expect(secrets('FROM scratch\n# check=skip=SecretsUsedInArgOrEnv\n\n\nENV password=bar\n')).toEqual([]);
    expect(secrets('FROM scratch\n# check=skip=SecretsUsedInArgOrEnv\n#\nENV password=bar\n')).toEqual([4]);
  });

  it('reads an indented comment like any other (BuildKit trims leading whitespace first)', () => {
    expect(secrets('FROM scratch\n   # check=skip=SecretsUsedInArgOrEnv\nENV password=bar\n')).toEqual([]);
  });

  it('counts only the first check comment of the block, and ignores one that does not parse', () => {
    expect(commentCheckOptions(['check=skip=A', 'check=skip=B'])?.skip).toEqual(new Set(['A']));
    expect(commentCheckOptions(['check=nonsense'])).toBeNull();
    expect(commentCheckOptions(['just a comment'])).toBeNull();
  });

  it('does not reach the whole-file checks', () => {
    expect(codesOf('FROM scratch\n# check=skip=ConsistentInstructionCasing\ncopy Dockerfile .\nCOPY Dockerfile /b\nCOPY Dockerfile /c\n')).toEqual([
      'ConsistentInstructionCasing@3',
    ]);
  });

  it('is not the file directive: the top-of-file directive applies everywhere', () => {
    expect(secrets('# check=skip=SecretsUsedInArgOrEnv\nFROM scratch\nENV password=bar\nENV token=x\n')).toEqual([]);
  });
});

describe('NoEmptyContinuation', () => {
  it('is reported once, on the last line of the instruction (BuildKit testNoEmptyContinuation)', () => {
    const text = 'FROM scratch\n# warning: empty continuation line\nCOPY Dockerfile \\\n\n.\nCOPY Dockerfile \\\n.\n';
    expect(codesOf(text)).toEqual(['NoEmptyContinuation@5']);
  });
});
