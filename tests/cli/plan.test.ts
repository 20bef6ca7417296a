import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {UsageError} from '../../src/cli/parseArguments';
import {repositoryRoot, runCli} from './runCli';

const fixture = (name: string) => path.join(repositoryRoot, 'tests/fixtures/analysis', name);

describe('stagecraft plan and the plan/cache JSON', () => {
  it('puts plan in analyze --format json, equal to builtStages for BuildKit and legacyBuiltStages for legacy', () => {
    const buildkit = JSON.parse(runCli(['analyze', fixture('targets.Dockerfile'), '--target=test', '--format=json']).out);
    expect(buildkit.plan).toMatchObject({builder: 'buildkit', stages: buildkit.builtStages});
    const legacy = JSON.parse(runCli(['analyze', fixture('targets.Dockerfile'), '--target=test', '--builder', 'legacy', '--format=json']).out);
    expect(legacy.plan.stages).toEqual(legacy.legacyBuiltStages);
    expect(legacy.plan.waves).toEqual(legacy.legacyBuiltStages.map((stage: number) => [stage]));
    expect(buildkit.cache).toBeUndefined();
  });
  it('adds cache with --change, one step per instruction of every built stage', () => {
    const json = JSON.parse(runCli(['analyze', fixture('node-three-stage.Dockerfile'), '--change', 'package.json', '--format=json']).out);
    expect(json.cache.changes).toEqual(['package.json']);
    expect(json.cache.steps.some((step: {rerun: boolean}) => step.rerun)).toBe(true);
    expect(json.cache.steps[0]).toEqual(expect.objectContaining({stage: 0, line: expect.any(Number), rerun: expect.any(Boolean), why: expect.any(String)}));
  });
  it('prints the plan as text with waves, skipped stages and the rule’s source', () => {
    const {code, out} = runCli(['plan', fixture('targets.Dockerfile'), '--builder', 'kaniko-skip-unused']);
    expect(code).toBe(0);
    expect(out).toContain('Kaniko with --skip-unused-stages');
    expect(out).toContain('Source: GoogleContainerTools/kaniko');
    expect(out).toMatch(/Order \(one stage at a time\):\n {4}1\. /);
  });
  it('refuses a bad builder, platform or change with a usage error', () => {
    expect(() => runCli(['plan', fixture('targets.Dockerfile'), '--builder', 'docker'])).toThrow(UsageError);
    expect(() => runCli(['plan', fixture('targets.Dockerfile'), '--platform', 'linux/'])).toThrow(/os\/arch/);
    expect(() => runCli(['plan', fixture('targets.Dockerfile'), '--change', 'line:x'])).toThrow(/line number/);
    expect(() => runCli(['exercises', '--builder', 'legacy'])).toThrow(/no build inputs/);
  });
  it('prints the docker-bake.hcl for the inputs with plan --format bake, for BuildKit only', () => {
    const argv = ['plan', fixture('targets.Dockerfile'), '--format', 'bake', '--target', 'test', '--platform', 'linux/arm64'];
    const {code, out} = runCli([...argv, '--build-arg', 'NOTE=${X}', '--build-context', 'deps=docker-image://node:20']);
    expect(code).toBe(0);
    expect(out).toBe(
      '# docker-bake.hcl — build with: docker buildx bake\ntarget "default" {\n  dockerfile = "Dockerfile"\n  context = "."\n  target = "test"\n' +
        '  platforms = ["linux/arm64"]\n  args = {\n    NOTE = "$${X}"\n  }\n  contexts = {\n    deps = "docker-image://node:20"\n  }\n}\n',
    );
    expect(() => runCli([...argv, '--builder', 'kaniko'])).toThrow(/does not apply to this builder/);
    expect(() => runCli(['analyze', fixture('targets.Dockerfile'), '--format', 'bake'])).toThrow(/plan takes bake/);
    expect(() => runCli(['report', fixture('targets.Dockerfile'), '--format', 'bake'])).toThrow(/not bake/);
  });
});
