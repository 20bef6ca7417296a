import {describe, expect, it} from 'vitest';
import {formatComparisonTable, median, withinBudget, type ComparisonRow} from './comparisonTable';

const row = (overrides: Partial<ComparisonRow>): ComparisonRow => ({measure: 'm', ours: 100, reference: 100, unit: 'ms', ...overrides});

describe('the site bench comparison table', () => {
  it('holds a ratio budget against the same-run reference', () => {
    expect(withinBudget(row({ours: 105, reference: 100, budget: {kind: 'ratio', max: 1.05}}))).toBe(true);
    expect(withinBudget(row({ours: 106, reference: 100, budget: {kind: 'ratio', max: 1.05}}))).toBe(false);
  });

  it('holds a Lighthouse score to a gap in points below the reference, and a better score always passes', () => {
    const points = (ours: number) => row({ours, reference: 81, unit: 'points', budget: {kind: 'pointsBelow', max: 2}});
    expect(withinBudget(points(79))).toBe(true);
    expect(withinBudget(points(78))).toBe(false);
    expect(withinBudget(points(95))).toBe(true);
  });

  it('has no verdict without a budget or with a missing figure', () => {
    expect(withinBudget(row({}))).toBeNull();
    expect(withinBudget(row({ours: Number.NaN, budget: {kind: 'absolute', max: 100}}))).toBeNull();
  });

  it('prints each figure beside the reference, the ratio and the verdict', () => {
    const table = formatComparisonTable([
      row({measure: 'JS', ours: 190.04, reference: 163.2, unit: 'KB', budget: {kind: 'ratio', max: 1.05}}),
      row({measure: 'Lighthouse', ours: 76, reference: 81, unit: 'points', budget: {kind: 'pointsBelow', max: 2}}),
      row({measure: 'keystroke', ours: 64.4, reference: 12, referenceNote: 'a text field', unit: 'ms', budget: {kind: 'absolute', max: 100}}),
    ]).split('\n');
    expect(table[0]).toBe('| measure | Stagecraft | bare Docusaurus, same run | ratio | budget |');
    expect(table[2]).toBe('| JS | 190.0 KB | 163.2 KB | 1.16× | ≤ 1.05× reference: MISSED |');
    expect(table[3]).toBe('| Lighthouse | 76 | 81 | 0.94× (−5) | ≥ reference − 2: MISSED |');
    expect(table[4]).toBe('| keystroke | 64 ms | 12 ms (a text field) | 5.37× | ≤ 100 ms: met |');
  });

  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});
