import {parseChange} from '../cache/parseChange';
import {parseImageReference} from '../model/parseImageReference';
import {parsePlatform} from '../model/predefinedArgs';
import type {AnalyzeOptions} from '../types';
import {builderFacts, isBuilderId, type BuilderId} from './builders';

/** The build inputs the lab and share links carry beside the text and the target. */
export interface SimulationInputs {
  builder: BuilderId;
  buildArgs: Record<string, string>;
  /** `--build-context NAME=VALUE`: named contexts a FROM or `--from` may use instead of a stage or an image. */
  buildContexts: Record<string, string>;
  /** `os/arch[/variant]`, or null for the build host's platform. */
  platform: string | null;
  /** What the cache simulation changes (`src/app.ts`, `arg:NAME`, `base:STAGE`, `line:N`). */
  changes: string[];
}

export const defaultSimulation: SimulationInputs = {builder: 'buildkit', buildArgs: {}, buildContexts: {}, platform: null, changes: []};

export const simulationLimits = {buildArgs: 50, buildArgValue: 1000, buildContexts: 20, buildContextValue: 1000, changes: 20} as const;

const argName = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;

export type ReadBuildArgs = {ok: true; buildArgs: Record<string, string>} | {ok: false; reason: string};

/** `NAME=VALUE` lines (blank lines skipped), checked against the limits; the first bad line is the reason. */
export function readBuildArgLines(text: string): ReadBuildArgs {
  const buildArgs: Record<string, string> = {};
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  if (lines.length > simulationLimits.buildArgs) return {ok: false, reason: `at most ${simulationLimits.buildArgs} build args`};
  for (const line of lines) {
    const separator = line.indexOf('=');
    const name = separator > 0 ? line.slice(0, separator).trim() : '';
    if (!argName.test(name)) return {ok: false, reason: `“${line.slice(0, 40)}” is not NAME=VALUE with a valid ARG name`};
    const value = line.slice(separator + 1);
    if (value.length > simulationLimits.buildArgValue)
      return {ok: false, reason: `the value of ${name} is longer than ${simulationLimits.buildArgValue} characters`};
    buildArgs[name] = value;
  }
  return {ok: true, buildArgs};
}

function toNameValueLines(values: Readonly<Record<string, string>>): string {
  return Object.entries(values)
    .map(([name, value]) => `${name}=${value}`)
    .join('\n');
}

export function toBuildArgLines(buildArgs: Readonly<Record<string, string>>): string {
  return toNameValueLines(buildArgs);
}

export type ReadBuildContexts = {ok: true; buildContexts: Record<string, string>} | {ok: false; reason: string};

/**
 * `NAME=VALUE` lines for `--build-context`. BuildKit reads NAME as an image name (dockerui/config.go
 * NamedContext: reference.ParseNormalizedNamed), so `base`, `alpine:3.24` and `docker.io/library/node` are
 * names and `Base` or `my context` are not. VALUE is a path, a URL or `docker-image://REF`: one line, not empty.
 */
export function readBuildContextLines(text: string): ReadBuildContexts {
  const buildContexts: Record<string, string> = {};
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const {buildContexts: most, buildContextValue: longest} = simulationLimits;
  if (lines.length > most) return {ok: false, reason: `at most ${most} build contexts`};
  for (const line of lines) {
    const separator = line.indexOf('=');
    const name = separator > 0 ? line.slice(0, separator).trim() : '';
    if (name === '' || !parseImageReference(name).ok)
      return {ok: false, reason: `“${line.slice(0, 40)}” is not NAME=VALUE with a lower-case name such as base or alpine:3.24`};
    const value = line.slice(separator + 1).trim();
    if (value === '') return {ok: false, reason: `the context ${name} has no value (a path, a URL or docker-image://…)`};
    if (value.length > longest) return {ok: false, reason: `the value of ${name} is longer than ${longest} characters`};
    // eslint-disable-next-line no-control-regex -- a control character in a path or URL is a pasting accident, never a context
    if (/[\u0000-\u001f\u007f]/.test(value)) return {ok: false, reason: `the value of ${name} holds a control character`};
    buildContexts[name] = value;
  }
  return {ok: true, buildContexts};
}

export function toBuildContextLines(buildContexts: Readonly<Record<string, string>>): string {
  return toNameValueLines(buildContexts);
}

/** What `analyze` takes from the inputs: the names of the contexts stand for them (their values change nothing). */
export function toAnalyzeOptions(inputs: SimulationInputs): Pick<AnalyzeOptions, 'builder' | 'buildArgs' | 'buildContexts' | 'platform' | 'changes'> {
  const {builder, buildArgs, platform, changes} = inputs;
  return {builder, buildArgs, platform, changes, buildContexts: Object.keys(inputs.buildContexts)};
}

export type CheckedSimulation = {ok: true; inputs: SimulationInputs} | {ok: false; reason: string};

interface RawSimulation {
  builder?: string;
  buildArgs?: string;
  buildContexts?: string;
  platform?: string;
  changes?: string[];
}

/** Checks inputs from outside (a link): a known builder, a readable platform, NAME=VALUE args and contexts, readable changes. */
export function checkSimulation(raw: RawSimulation): CheckedSimulation {
  const builder = raw.builder ?? 'buildkit';
  if (!isBuilderId(builder)) return {ok: false, reason: 'the link names a builder Stagecraft does not know'};
  if (raw.platform !== undefined && parsePlatform(raw.platform) === null) return {ok: false, reason: 'the link’s platform is not os/arch[/variant]'};
  const args = readBuildArgLines(raw.buildArgs ?? '');
  if (!args.ok) return {ok: false, reason: `the link’s build args are not valid (${args.reason})`};
  const contexts = readBuildContextLines(raw.buildContexts ?? '');
  if (!contexts.ok) return {ok: false, reason: `the link’s build contexts are not valid (${contexts.reason})`};
  const changes = raw.changes ?? [];
  if (changes.length > simulationLimits.changes) return {ok: false, reason: `the link holds more than ${simulationLimits.changes} changes`};
  const bad = changes.map(parseChange).find((parsed) => !parsed.ok);
  if (bad && !bad.ok) return {ok: false, reason: `the link’s change is not valid (${bad.reason})`};
  return {ok: true, inputs: {builder, buildArgs: args.buildArgs, buildContexts: contexts.buildContexts, platform: raw.platform ?? null, changes}};
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** `BuildKit · linux/arm64 · 2 args · 1 context`: the inputs in a few words (the platform is the host's when unset). */
export function summariseInputs(inputs: SimulationInputs): string {
  const parts = [builderFacts[inputs.builder].shortLabel, inputs.platform ?? 'linux/amd64'];
  const args = Object.keys(inputs.buildArgs).length;
  const contexts = Object.keys(inputs.buildContexts).length;
  if (args > 0) parts.push(plural(args, 'arg'));
  if (contexts > 0) parts.push(plural(contexts, 'context'));
  return parts.join(' · ');
}
