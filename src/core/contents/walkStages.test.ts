import {describe, expect, it} from 'vitest';
import {analyze} from '../analyze';
import {stepsOf, type StageWalk} from './walkStages';

const walksOf = (text: string, buildArgs: Record<string, string> = {}) => analyze(text, {buildArgs}).contents.map((contents) => contents.walk);
const stepOf = (walk: StageWalk, keyword: string) => stepsOf(walk).find((step) => step.instruction.keyword === keyword)!;

describe('the stage walk', () => {
  const chain = walksOf(
    [
      'FROM node:24 AS deps',
      'WORKDIR /app',
      'ONBUILD RUN echo trigger',
      'FROM deps AS build',
      'WORKDIR src',
      'COPY . .',
      'FROM build AS test',
      'RUN npm test',
    ].join('\n'),
  );

  it('resolves WORKDIR across the FROM chain', () => {
    expect(chain[0]!.workdir).toBe('/app');
    expect(chain[2]!.workdir).toBe('/app/src');
    expect(stepOf(chain[1]!, 'COPY').workdir).toBe('/app/src');
  });

  it("runs a parent's ONBUILD trigger in the direct child only", () => {
    const keywords = (walk: StageWalk) => stepsOf(walk).map((step) => `${step.stage.name}:${step.instruction.keyword}`);
    expect(keywords(chain[1]!)).toEqual(['deps:WORKDIR', 'build:RUN', 'build:WORKDIR', 'build:COPY']);
    expect(keywords(chain[2]!)).toEqual(['deps:WORKDIR', 'build:RUN', 'build:WORKDIR', 'build:COPY', 'test:RUN']);
  });

  it("starts a stage on an image from the catalog's WORKDIR and ENV (golang: /go, GOPATH)", () => {
    const [go] = walksOf('FROM golang:1.27 AS build\nCOPY . .\n');
    expect(stepOf(go!, 'COPY').workdir).toBe('/go');
    expect(go!.env.get('GOPATH')).toBe('/go');
  });

  it('expands variables in WORKDIR and USER', () => {
    const [stage] = walksOf('FROM alpine:3.24\nENV APP=/srv/app NAME=app\nWORKDIR $APP/bin\nUSER ${NAME}:${NAME}\n');
    expect(stage!.workdir).toBe('/srv/app/bin');
    expect(stage!.user).toBe('app');
  });

  it('carries ENV and ARG values to a stage built on another (BuildKit: dispatchState.init), not to one on an image', () => {
    const [, child, image] = walksOf('FROM alpine:3.24 AS base\nENV MODE=prod\nARG LEVEL=3\nFROM base\nWORKDIR /srv/$LEVEL\nFROM alpine:3.24\nRUN true\n');
    expect(child!.env.get('MODE')).toBe('prod');
    expect(child!.env.get('LEVEL')).toBe('3');
    expect(child!.workdir).toBe('/srv/3');
    expect(image!.env.has('LEVEL')).toBe(false);
  });

  it('keeps an inherited ARG value when the child declares the name again without one', () => {
    const [, child] = walksOf('FROM alpine:3.24 AS base\nARG LEVEL=3\nFROM base\nARG LEVEL\nRUN true\n');
    expect(child!.env.get('LEVEL')).toBe('3');
  });

  it('gives a stage ARG its --build-arg value, else its default, else the global value', () => {
    const text = 'ARG VERSION=1\nFROM alpine:3.24\nARG VERSION\nARG MODE=dev\nARG OTHER=x\nRUN true\n';
    const [plain] = walksOf(text);
    expect([plain!.env.get('VERSION'), plain!.env.get('MODE')]).toEqual(['1', 'dev']);
    const [given] = walksOf(text, {MODE: 'prod'});
    expect(given!.env.get('MODE')).toBe('prod');
  });

  it('takes the later of an ENV and an ARG of the same name, as BuildKit does (both set its build state)', () => {
    const [argLast] = walksOf('FROM alpine:3.24\nENV NODE_ENV=production\nARG NODE_ENV=development\nWORKDIR /srv/$NODE_ENV\n');
    expect([stepOf(argLast!, 'WORKDIR').env.get('NODE_ENV'), argLast!.workdir]).toEqual(['development', '/srv/development']);
    // What the image keeps is still the ENV's value.
    expect(argLast!.envOnly.get('NODE_ENV')).toBe('production');
    const [envLast] = walksOf('FROM alpine:3.24\nARG NODE_ENV=development\nENV NODE_ENV=production\nRUN true\n');
    expect(stepOf(envLast!, 'RUN').env.get('NODE_ENV')).toBe('production');
  });

  it('splits ENV, ARG and LABEL words as BuildKit does (quotes keep spaces) and reads quotes and escapes once', () => {
    const [stage] = walksOf(
      'FROM alpine:3.24\nENV A="x  y" B=\'$A\' C=\\$A D=a\\ b\nENV E legacy "form" here\nARG F="p q"\nENV G=1 \\\n    H=2\nWORKDIR /w\\\\v\n',
    );
    const env = stage!.env;
    expect(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((name) => env.get(name))).toEqual(['x  y', '$A', '$A', 'a b', 'legacy form here', 'p q', '1', '2']);
    expect(stage!.workdir).toBe('/w\\v');
  });

  it('reads WORKDIR and USER from their text as written, spacing inside quotes kept', () => {
    const [stage] = walksOf('FROM alpine:3.24\nWORKDIR "/srv/my  app"\nUSER "app"\n');
    expect([stage!.workdir, stage!.user]).toEqual(['/srv/my  app', 'app']);
  });

  it('expands the values of one ENV with the variables from before it, and ARG defaults one after another', () => {
    const [stage] = walksOf('FROM alpine:3.24\nENV A=1 B=x$A\nARG C=2 D=y$C\nRUN true\n');
    const env = stepOf(stage!, 'RUN').env;
    expect([env.get('B'), env.get('D')]).toEqual(['x', 'y2']);
  });
});
