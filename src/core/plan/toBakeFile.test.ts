import {describe, expect, it} from 'vitest';
import {analyze} from '../analyze';
import {defaultSimulation, toAnalyzeOptions, type SimulationInputs} from './simulationInputs';
import {hclString, toBakeFile} from './toBakeFile';

const text = 'FROM alpine:3.24 AS build\nRUN true\nFROM build AS test\nFROM alpine:3.24\n';

function bake(inputs: Partial<SimulationInputs>, target?: string, file = text) {
  const simulation = {...defaultSimulation, ...inputs};
  return toBakeFile(analyze(file, {target, ...toAnalyzeOptions(simulation)}), simulation);
}

describe('hclString', () => {
  it('escapes quotes, backslashes, newlines and template markers', () => {
    expect(hclString('say "hi"')).toBe('"say \\"hi\\""');
    expect(hclString('C:\\path\\')).toBe('"C:\\\\path\\\\"');
    expect(hclString('a\nb\tc\rd')).toBe('"a\\nb\\tc\\rd"');
    expect(hclString('${HOME} and %{ if x }')).toBe('"$${HOME} and %%{ if x }"');
    expect(hclString('$$${X}')).toBe('"$$$${X}"');
    expect(hclString('\u0001')).toBe('"\\u0001"');
    expect(hclString('price $5, 100%')).toBe('"price $5, 100%"');
  });
});

describe('toBakeFile', () => {
  it('writes one default target for the last stage with no inputs', () => {
    expect(bake({})).toEqual({ok: true, command: 'docker buildx bake', file: 'target "default" {\n  dockerfile = "Dockerfile"\n  context = "."\n}\n'});
  });
  it('carries the target, platform, args and contexts as bake attributes', () => {
    const result = bake(
      {
        platform: 'linux/arm64',
        buildArgs: {BASE: 'node:24', MSG: 'say "${HI}"'},
        buildContexts: {base: 'docker-image://alpine:3.24', 'alpine:3.24': './vendor'},
      },
      'test',
    );
    expect(result).toEqual({
      ok: true,
      command: 'docker buildx bake',
      file: [
        'target "default" {',
        '  dockerfile = "Dockerfile"',
        '  context = "."',
        '  target = "test"',
        '  platforms = ["linux/arm64"]',
        '  args = {',
        '    BASE = "node:24"',
        '    MSG = "say \\"$${HI}\\""',
        '  }',
        '  contexts = {',
        '    base = "docker-image://alpine:3.24"',
        '    "alpine:3.24" = "./vendor"',
        '  }',
        '}',
        '',
      ].join('\n'),
    });
  });
  it('applies to BuildKit only, and not where no command can name the target', () => {
    for (const builder of ['legacy', 'kaniko', 'kaniko-skip-unused', 'buildah'] as const) {
      expect(bake({builder})).toEqual({ok: false, reason: expect.stringMatching(/docker buildx \(BuildKit\)/)});
    }
    expect(bake({}, '0', 'FROM alpine:3.24\nFROM alpine:3.24\n')).toEqual({ok: false, reason: expect.stringMatching(/no name/)});
  });
});
