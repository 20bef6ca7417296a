import {expect} from 'vitest';
import type {Analysis} from '../../src/core/types';

/** Copy/mount edges (not ONBUILD) that form a cycle, found independently of the analyser's own code. */
function hasCopyCycle(analysis: Analysis): boolean {
  const edges = analysis.dependencies.filter((d) => d.via !== 'from' && !d.onbuild);
  const next = new Map<number, number[]>();
  for (const edge of edges) next.set(edge.stage, [...(next.get(edge.stage) ?? []), edge.on]);
  const state = new Map<number, 'open' | 'done'>();
  const visit = (node: number): boolean => {
    if (state.get(node) === 'open') return true;
    if (state.get(node) === 'done') return false;
    state.set(node, 'open');
    const found = (next.get(node) ?? []).some(visit);
    state.set(node, 'done');
    return found;
  };
  return analysis.stages.some((stage) => visit(stage.index));
}

/** Invariants every analysis must keep, whatever the input. */
export function expectConsistent(analysis: Analysis, text: string): void {
  const n = analysis.stages.length;
  expect(analysis.diagnostics.filter((d) => d.code === 'InternalError')).toEqual([]);
  analysis.stages.forEach((stage, i) => {
    expect(stage.index).toBe(i);
    if (stage.fromStage !== null) expect(stage.fromStage).toBeLessThan(i);
    if (i > 0) expect(stage.line).toBeGreaterThan(analysis.stages[i - 1]!.line);
  });
  for (const d of analysis.dependencies) {
    expect(d.stage).toBeGreaterThanOrEqual(0);
    expect(d.stage).toBeLessThan(n);
    expect(d.on).toBeGreaterThanOrEqual(0);
    expect(d.on).toBeLessThan(n);
  }
  const keys = analysis.dependencies.map((d) => `${d.stage}:${d.on}:${d.via}`);
  expect(new Set(keys).size).toBe(keys.length);
  if (analysis.target === null) {
    expect(analysis.builtStages).toEqual([]);
  } else {
    expect(analysis.target).toBeLessThan(n);
    expect(analysis.builtStages).toContain(analysis.target);
    expect(analysis.legacyBuiltStages).toEqual(Array.from({length: analysis.target + 1}, (_, i) => i));
  }
  expect([...analysis.builtStages].sort((a, b) => a - b)).toEqual(analysis.builtStages);
  const lineCount = text.split('\n').length;
  for (const d of analysis.diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lineCount);
  }
  const built = new Set(analysis.builtStages);
  const forwardInBuilt = analysis.dependencies.some((d) => d.via !== 'from' && d.on > d.stage && built.has(d.stage));
  if (forwardInBuilt || hasCopyCycle(analysis)) expect(analysis.error).not.toBeNull();
  if (n === 0) expect(analysis.error).not.toBeNull();
}
