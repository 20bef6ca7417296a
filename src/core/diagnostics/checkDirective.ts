import type {ParsedDirective, ParsedInstruction} from '../parse/parseDockerfile';
import type {Diagnostic} from '../types';
import {diagnosticDefinitions, type DiagnosticCode, type DiagnosticDefinition} from './codes';

/** What `# check=…` (or `--build-arg BUILDKIT_DOCKERFILE_CHECK=…`) asks of the build checks. */
export interface CheckOptions {
  skipAll: boolean;
  skip: ReadonlySet<string>;
  experimentalAll: boolean;
  experimental: ReadonlySet<string>;
  /** `error=true`: any build check that fires fails the build. */
  error: boolean;
}

export type ParsedCheckOptions = {ok: true; options: CheckOptions} | {ok: false; reason: string};

const noOptions: CheckOptions = {skipAll: false, skip: new Set(), experimentalAll: false, experimental: new Set(), error: false};

function ruleList(value: string): {all: boolean; rules: Set<string>} {
  const trimmed = value.trim();
  if (trimmed === 'all') return {all: true, rules: new Set()};
  return {all: false, rules: new Set(trimmed.split(',').map((rule) => rule.trim()))};
}

/** Go's strconv.ParseBool, which BuildKit uses for `error=`. */
function parseGoBool(value: string): boolean | null {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value)) return false;
  return null;
}

/**
 * BuildKit's linter.ParseLintOptions: up to three `key=value` parts split on `;` (a fourth stays in the
 * third's value); keys `skip`, `experimental`, `error` are case-sensitive; `all` switches a list fully on.
 */
export function parseCheckOptions(text: string): ParsedCheckOptions {
  const trimmed = text.trim();
  if (trimmed === '') return {ok: true, options: noOptions};
  const parts = trimmed.split(';');
  const limited = parts.length > 3 ? [...parts.slice(0, 2), parts.slice(2).join(';')] : parts;
  const options = {...noOptions, skip: new Set<string>(), experimental: new Set<string>()};
  for (const part of limited) {
    const equals = part.indexOf('=');
    if (equals === -1) return {ok: false, reason: `invalid check option "${part}"`};
    const key = part.slice(0, equals).trim();
    const value = part.slice(equals + 1);
    if (key === 'skip') {
      const {all, rules} = ruleList(value);
      options.skipAll = all;
      options.skip = rules;
    } else if (key === 'experimental') {
      const {all, rules} = ruleList(value);
      options.experimentalAll = all;
      options.experimental = rules;
    } else if (key === 'error') {
      const parsed = parseGoBool(value.trim());
      if (parsed === null) return {ok: false, reason: `failed to parse check option "${part}": strconv.ParseBool: parsing "${value.trim()}": invalid syntax`};
      options.error = parsed;
    } else {
      return {ok: false, reason: `invalid check option "${key}"`};
    }
  }
  return {ok: true, options};
}

/** The build's check options and where they come from; `problem` is BuildKit's error when they do not parse. */
export interface CheckPolicy {
  options: CheckOptions;
  source: 'directive' | 'build-arg' | 'none';
  /** Line of the `# check=` directive (null when the options come from the build-arg or nowhere). */
  line: number | null;
  problem: string | null;
}

export const checkBuildArg = 'BUILDKIT_DOCKERFILE_CHECK';

/**
 * The policy BuildKit applies (dockerfile2llb `newRuleLinter`, dockerui `keyDockerfileLintArg`): the build-arg,
 * when given, replaces the file's `# check=` directive entirely.
 */
export function readCheckPolicy(directives: readonly ParsedDirective[], buildArgs: Readonly<Record<string, string>>): CheckPolicy {
  const fromArg = buildArgs[checkBuildArg];
  if (fromArg !== undefined) {
    const parsed = parseCheckOptions(fromArg);
    return parsed.ok
      ? {options: parsed.options, source: 'build-arg', line: null, problem: null}
      : {options: noOptions, source: 'build-arg', line: null, problem: `failed to parse build-arg:${checkBuildArg}: ${parsed.reason}`};
  }
  const directive = directives.find((d) => d.name === 'check');
  if (!directive) return {options: noOptions, source: 'none', line: null, problem: null};
  const parsed = parseCheckOptions(directive.value);
  return parsed.ok
    ? {options: parsed.options, source: 'directive', line: directive.line, problem: null}
    : {options: noOptions, source: 'directive', line: directive.line, problem: `failed to parse check options: ${parsed.reason}`};
}

const directiveComment = /^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;

/**
 * The options a comment block directly above an instruction adds (linter `WithMergedConfigFromComments`):
 * the first comment that reads as a `check=` directive counts, its value up to the first space (so
 * `# check=skip=Rule // why` works); a value that does not parse adds nothing.
 */
export function commentCheckOptions(comments: readonly string[]): CheckOptions | null {
  for (const comment of comments) {
    const match = directiveComment.exec(comment);
    if (!match || match[1]!.toLowerCase() !== 'check') continue;
    const parsed = parseCheckOptions(match[2]!.split(' ')[0]!);
    return parsed.ok ? parsed.options : null;
  }
  return null;
}

/** Merges an instruction's comment options into the build's (linter `WithMergedConfig`: skips and experiments add up). */
function merge(base: CheckOptions, extra: CheckOptions | null): CheckOptions {
  if (extra === null) return base;
  return {
    skipAll: base.skipAll || extra.skipAll,
    skip: new Set([...base.skip, ...extra.skip]),
    experimentalAll: base.experimentalAll || extra.experimentalAll,
    experimental: new Set([...base.experimental, ...extra.experimental]),
    error: base.error,
  };
}

function definitionOf(code: string): DiagnosticDefinition | undefined {
  return (diagnosticDefinitions as Record<string, DiagnosticDefinition>)[code];
}

export function isBuildCheck(code: string): boolean {
  return definitionOf(code)?.origin === 'buildkit-check';
}

/** Whether BuildKit runs a check under these options (linter `Run`): experimental ones only when asked for. */
function checkRuns(code: DiagnosticCode | string, options: CheckOptions): boolean {
  if (definitionOf(code)?.experimental === true) return options.experimentalAll || options.experimental.has(code);
  return !options.skipAll && !options.skip.has(code);
}

/**
 * Checks BuildKit runs with the build's linter, not with the one an instruction's comments adjust: they
 * run over the whole file before any instruction is dispatched (convert.go `toDispatchState`), or, for
 * InvalidBaseImagePlatform, while base images are resolved (`resolveBaseImage` passes `dctx.lint`).
 */
const fileLevelChecks: ReadonlySet<string> = new Set([
  'ConsistentInstructionCasing',
  'NoEmptyContinuation',
  'DuplicateStageName',
  'ReservedStageName',
  'InvalidDefaultArgInFrom',
  'InvalidBaseImagePlatform',
]);

/** The comment-adjusted options in force on each line that starts or continues an instruction. */
function optionsByLine(instructions: readonly ParsedInstruction[], base: CheckOptions): Map<number, CheckOptions> {
  const byLine = new Map<number, CheckOptions>();
  for (const instruction of instructions) {
    const extra = commentCheckOptions(instruction.comments);
    if (extra === null) continue;
    const options = merge(base, extra);
    for (let line = instruction.range.line; line <= instruction.range.endLine; line++) byLine.set(line, options);
  }
  return byLine;
}

/** Drops the build checks BuildKit would not report under the policy and the instructions' own comments. */
export function applyCheckPolicy(diagnostics: readonly Diagnostic[], policy: CheckPolicy, instructions: readonly ParsedInstruction[]): Diagnostic[] {
  const byLine = optionsByLine(instructions, policy.options);
  return diagnostics.filter((diagnostic) => {
    if (!isBuildCheck(diagnostic.code)) return true;
    const options = fileLevelChecks.has(diagnostic.code) ? policy.options : (byLine.get(diagnostic.line) ?? policy.options);
    return checkRuns(diagnostic.code, options);
  });
}
