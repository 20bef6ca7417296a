import {describe, expect, it} from 'vitest';
import {warningsOf} from './lint';

/** Cases from BuildKit's docs/rules/undefined-var.md and dockerfile_check_test.go `testUnmatchedVars`. */
describe('UndefinedVar', () => {
  const check = (text: string) => warningsOf('UndefinedVar', text);

  it('reports a variable no ARG or ENV defines', () => {
    expect(check('FROM alpine:3.24 AS base\nCOPY $foo .\n')).toEqual(["2: Usage of undefined variable '$foo'"]);
  });

  it('accepts an ARG declared without a value', () => {
    expect(check('FROM alpine:3.24 AS base\nARG foo\nCOPY $foo .\n')).toEqual([]);
    expect(check('FROM scratch\nARG foo\nCOPY Dockerfile${foo} .\n')).toEqual([]);
  });

  it('reads each word once, as BuildKit does: nothing inside single quotes or after an escape is a variable', () => {
    expect(check("FROM alpine:3.24\nENV A='$nope'\nLABEL l='costs $5'\nWORKDIR '/srv/$nope'\n")).toEqual([]);
    expect(check('FROM alpine:3.24\nENV A=\\$nope\n')).toEqual([]);
    expect(check('FROM alpine:3.24\nENV A="$nope"\n')).toEqual(["2: Usage of undefined variable '$nope'"]);
  });

  it('checks ARG defaults', () => {
    expect(check('FROM alpine:3.24 AS base\nARG VERSION=$foo\n')).toEqual(["2: Usage of undefined variable '$foo'"]);
  });

  it("does not report an upper-case name the base image may set (the image's own ENV)", () => {
    expect(check('FROM python:3.14 AS base\nARG VERSION=$PYTHON_VERSION\n')).toEqual([]);
  });

  it('reports upper-case names on scratch, whose only variable is the default PATH', () => {
    expect(check('FROM scratch\nCOPY $SRC /src\n')).toEqual(["2: Usage of undefined variable '$SRC'"]);
  });

  it('sees the ARGs and ENVs of the stage a stage is built on', () => {
    expect(check('FROM alpine:3.24 AS base\nARG foo=Dockerfile\n\nFROM base\nCOPY $foo .\n')).toEqual([]);
    expect(check('FROM alpine:3.24 AS base\nENV APP=/app\n\nFROM base\nWORKDIR $APP\n')).toEqual([]);
  });

  it('does not look at RUN, CMD or ENTRYPOINT commands, which the shell expands', () => {
    expect(check('FROM alpine:3.24\nRUN echo $PATH $nothing\nCMD echo $nothing\n')).toEqual([]);
  });

  it('reports a use before the ARG that defines it, not after', () => {
    expect(check('FROM alpine:3.24\nCOPY $foo .\nARG foo=bar\nRUN echo $foo\nCOPY $foo .\n')).toEqual(["2: Usage of undefined variable '$foo'"]);
  });

  it('suggests a close name', () => {
    const text = 'FROM alpine:3.24\nARG DIR_BINARIES=binaries/\nARG DIR_ASSETS=assets/\nARG DIR_CONFIG=config/\nCOPY $DIR_ASSET .\n';
    expect(check(text)).toEqual(["5: Usage of undefined variable '$DIR_ASSET' (did you mean $DIR_ASSETS?)"]);
  });

  it('suggests PATH, which BuildKit always sets', () => {
    expect(check('FROM alpine:3.24\nENV PATH=$PAHT:/tmp/bin\n')).toEqual(["2: Usage of undefined variable '$PAHT' (did you mean $PATH?)"]);
  });

  it('checks COPY flags, WORKDIR, USER, LABEL and mount options, once per variable and instruction', () => {
    const text =
      'FROM alpine:3.24\nCOPY --chown=$owner $owner /x\nWORKDIR /srv/$dir\nUSER $user\nLABEL version=$ver\nRUN --mount=type=cache,target=$cache true\n';
    expect(check(text).map((line) => line.split(':')[0])).toEqual(['2', '3', '4', '5', '6']);
  });

  it('does not carry a stage-level ARG into a stage built on an image', () => {
    expect(check('FROM alpine:3.24 AS a\nARG foo=1\n\nFROM alpine:3.24\nCOPY $foo .\n')).toEqual(["5: Usage of undefined variable '$foo'"]);
  });

  it('ignores the variables BuildKit keeps out of the environment', () => {
    expect(check('FROM scratch\nARG BUILDKIT_SBOM_SCAN_STAGE=true\nCOPY x$BUILDKIT_SBOM_SCAN_CONTEXT /x\n')).toEqual([]);
  });
});
