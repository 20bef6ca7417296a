import {analyze} from '../../../src/core/analyze';
import type {AnalyzeOptions} from '../../../src/core/types';

/** The diagnostics of one code as `line: message`, the way BuildKit's check tests list their warnings. */
export function warningsOf(code: string, text: string, options: AnalyzeOptions = {}): string[] {
  return analyze(text, options)
    .diagnostics.filter((d) => d.code === code)
    .map((d) => `${d.line}: ${d.message}`);
}

/** Every code reported, as `Code@line`. */
export function codesOf(text: string, options: AnalyzeOptions = {}): string[] {
  return analyze(text, options).diagnostics.map((d) => `${d.code}@${d.line}`);
}
