import {parseChange} from '../cache/parseChange';
import {parsePlatform} from '../model/predefinedArgs';
import {isBuilderId, type BuilderId} from './builders';

/** The build inputs the lab and share links carry beside the text and the target. */
export interface SimulationInputs {
  builder: BuilderId;
  buildArgs: Record<string, string>;
  /** `os/arch[/variant]`, or null for the build host's platform. */
  platform: string | null;
  /** What the cache simulation changes (`src/app.ts`, `arg:NAME`, `base:STAGE`, `line:N`). */
  changes: string[];
}

export const defaultSimulation: SimulationInputs = {builder: 'buildkit', buildArgs: {}, platform: null, changes: []};

export const simulationLimits = {buildArgs: 50, buildArgValue: 1000, changes: 20} as const;

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

export function toBuildArgLines(buildArgs: Readonly<Record<string, string>>): string {
  return Object.entries(buildArgs)
    .map(([name, value]) => `${name}=${value}`)
    .join('\n');
}

export type CheckedSimulation = {ok: true; inputs: SimulationInputs} | {ok: false; reason: string};

/** Checks inputs from outside (a link): a known builder, a readable platform, NAME=VALUE args and readable changes. */
export function checkSimulation(raw: {builder?: string; buildArgs?: string; platform?: string; changes?: string[]}): CheckedSimulation {
  const builder = raw.builder ?? 'buildkit';
  if (!isBuilderId(builder)) return {ok: false, reason: 'the link names a builder Stagecraft does not know'};
  if (raw.platform !== undefined && parsePlatform(raw.platform) === null) return {ok: false, reason: 'the link’s platform is not os/arch[/variant]'};
  const args = readBuildArgLines(raw.buildArgs ?? '');
  if (!args.ok) return {ok: false, reason: `the link’s build args are not valid (${args.reason})`};
  const changes = raw.changes ?? [];
  if (changes.length > simulationLimits.changes) return {ok: false, reason: `the link holds more than ${simulationLimits.changes} changes`};
  const bad = changes.map(parseChange).find((parsed) => !parsed.ok);
  if (bad && !bad.ok) return {ok: false, reason: `the link’s change is not valid (${bad.reason})`};
  return {ok: true, inputs: {builder, buildArgs: args.buildArgs, platform: raw.platform ?? null, changes}};
}
