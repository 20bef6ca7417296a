import {describe, expect, it} from 'vitest';
import {analyze} from '../../src/core/analyze';
import {readAnalysisFixtures} from './fixtures';

describe('analysis fixtures (tests/fixtures/analysis)', () => {
  for (const fixture of readAnalysisFixtures()) {
    it(`${fixture.name}${fixture.expected.description ? `: ${fixture.expected.description}` : ''}`, () => {
      const analysis = analyze(fixture.text, fixture.options);
      const model = {
        stages: analysis.stages.map(({index, name, from, fromStage, line, platform}) => ({index, name, from, fromStage, line, platform})),
        dependencies: analysis.dependencies,
        externalImages: analysis.externalImages.map(({stage, ref, via, line}) => ({stage, ref, via, line})),
        target: analysis.target,
        builtStages: analysis.builtStages,
        legacyBuiltStages: analysis.legacyBuiltStages,
      };
      expect(model).toEqual(fixture.expected.model);
      expect(analysis.error).toBe(fixture.expected.error);
      expect(analysis.diagnostics.map((d) => `${d.code}@${d.line}`).sort()).toEqual([...fixture.expected.diagnostics].sort());
    });
  }
});
