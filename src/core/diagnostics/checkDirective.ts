import type {ParsedDirective} from '../parse/parseDockerfile';
import type {Diagnostic} from '../types';
import {diagnosticDefinitions, type DiagnosticCode} from './codes';

export interface CheckPolicy {
  /** Build checks to drop (`all` drops every one). */
  skip: ReadonlySet<string> | 'all';
  /** `error=true`: any build check that fires fails the build. */
  error: boolean;
  line: number | null;
}

/**
 * Reads the `# check=skip=A,B;error=true` parser directive (BuildKit: frontend/dockerfile/linter). Keys
 * are case-insensitive; `skip=all` turns every check off.
 */
export function readCheckDirective(directives: readonly ParsedDirective[]): CheckPolicy {
  const directive = directives.find((d) => d.name === 'check');
  if (!directive) return {skip: new Set(), error: false, line: null};
  let skip: Set<string> | 'all' = new Set();
  let error = false;
  for (const part of directive.value.split(';')) {
    const equals = part.indexOf('=');
    if (equals === -1) continue;
    const key = part.slice(0, equals).trim().toLowerCase();
    const value = part.slice(equals + 1).trim();
    if (key === 'skip') {
      const rules = value
        .split(',')
        .map((rule) => rule.trim())
        .filter(Boolean);
      skip = rules.some((rule) => rule.toLowerCase() === 'all') ? 'all' : new Set(rules);
    } else if (key === 'error') {
      error = value.toLowerCase() === 'true';
    }
  }
  return {skip, error, line: directive.line};
}

export function isBuildCheck(code: string): boolean {
  return diagnosticDefinitions[code as DiagnosticCode]?.origin === 'buildkit-check';
}

/** Drops the build checks the directive skips. */
export function applySkips(diagnostics: Diagnostic[], policy: CheckPolicy): Diagnostic[] {
  if (policy.skip !== 'all' && policy.skip.size === 0) return diagnostics;
  return diagnostics.filter((d) => !isBuildCheck(d.code) || (policy.skip !== 'all' && !policy.skip.has(d.code)));
}
