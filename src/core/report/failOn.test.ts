import {describe, expect, it} from 'vitest';
import {countBySeverity, reportFails} from './failOn';
import type {Severity} from '../types';

const of = (...severities: Severity[]) => severities.map((severity) => ({severity}));

describe('reportFails', () => {
  it('never fails without --fail-on', () => {
    expect(reportFails(of('error', 'warning'), null)).toBe(false);
  });

  it('fails on a diagnostic at or above the threshold, and only then', () => {
    expect(reportFails(of('warning', 'info'), 'error')).toBe(false);
    expect(reportFails(of('info', 'error'), 'error')).toBe(true);
    expect(reportFails(of('info'), 'warning')).toBe(false);
    expect(reportFails(of('info', 'warning'), 'warning')).toBe(true);
    expect(reportFails(of('error'), 'warning')).toBe(true);
    expect(reportFails([], 'warning')).toBe(false);
  });
});

describe('countBySeverity', () => {
  it('counts each severity', () => {
    expect(countBySeverity(of('error', 'info', 'info'))).toEqual({error: 1, warning: 0, info: 2});
  });
});
