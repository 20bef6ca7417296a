import {compressToEncodedURIComponent, decompressFromEncodedURIComponent} from 'lz-string';
import {checkSimulation, defaultSimulation, toBuildArgLines, toBuildContextLines, type SimulationInputs} from '../plan/simulationInputs';

/**
 * Editor state in a URL fragment, versioned: `#v=2&code=<lz-string>&target=…&builder=…&platform=…&args=…&contexts=…&change=…`
 * (`args` and `contexts`: `NAME=VALUE` lines; `change` repeats; a v=2 link without `contexts` has none). Version 1 links (`#code=…&target=…`, no `v`) still open,
 * with the default build inputs. Links stay short, survive chat tools, and never reach a server.
 */
export interface SharedState {
  code: string;
  target: string | null;
  simulation: SimulationInputs;
}

export type ReadSharedState = {kind: 'none'} | {kind: 'ok'; state: SharedState} | {kind: 'invalid'; reason: string};

/** Longest fragment and Dockerfile a link may carry; beyond that the link is refused, not decoded. */
export const maxFragmentLength = 200_000;
const maxSharedCodeLength = 1_000_000;
const currentVersion = '2';

export function toShareFragment(state: {code: string; target: string | null; simulation?: SimulationInputs}): string {
  const simulation = state.simulation ?? defaultSimulation;
  const params = [`v=${currentVersion}`, `code=${compressToEncodedURIComponent(state.code)}`];
  if (state.target !== null && state.target !== '') params.push(`target=${encodeURIComponent(state.target)}`);
  if (simulation.builder !== 'buildkit') params.push(`builder=${simulation.builder}`);
  if (simulation.platform !== null) params.push(`platform=${encodeURIComponent(simulation.platform)}`);
  const args = toBuildArgLines(simulation.buildArgs);
  if (args !== '') params.push(`args=${encodeURIComponent(args)}`);
  const contexts = toBuildContextLines(simulation.buildContexts);
  if (contexts !== '') params.push(`contexts=${encodeURIComponent(contexts)}`);
  for (const change of simulation.changes) params.push(`change=${encodeURIComponent(change)}`);
  return `#${params.join('&')}`;
}

/** Every value of each key, in order (`change` may repeat). */
function fragmentParams(fragment: string): Map<string, string[]> {
  const params = new Map<string, string[]>();
  for (const part of fragment.replace(/^#/, '').split('&')) {
    const equals = part.indexOf('=');
    if (equals > 0) params.set(part.slice(0, equals), [...(params.get(part.slice(0, equals)) ?? []), part.slice(equals + 1)]);
  }
  return params;
}

function decodeOrNull(value: string | undefined): string | null {
  if (value === undefined) return null;
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

function readCode(encoded: string): {ok: true; code: string} | {ok: false; reason: string} {
  const unreadable = {ok: false, reason: 'the Dockerfile in the link could not be decoded (it may have been cut short)'} as const;
  if (!/^[A-Za-z0-9+\-$]*$/.test(encoded)) return unreadable;
  let code: string | null;
  try {
    code = decompressFromEncodedURIComponent(encoded);
  } catch {
    code = null;
  }
  // lz-string decodes most garbage to some text; only a fragment it would itself produce is a real link.
  if (code === null || compressToEncodedURIComponent(code) !== encoded) return unreadable;
  if (code.length > maxSharedCodeLength) return {ok: false, reason: 'the Dockerfile in the link is too large'};
  return {ok: true, code};
}

/** The build inputs of a version 2 link; anything undecodable or out of bounds refuses the link. */
function readSimulation(params: Map<string, string[]>): {ok: true; inputs: SimulationInputs} | {ok: false; reason: string} {
  const single = (key: string): string | undefined => {
    const value = params.get(key)?.[0];
    return value === undefined ? undefined : (decodeOrNull(value) ?? '\u0000');
  };
  const changes = (params.get('change') ?? []).map((value) => decodeOrNull(value) ?? '\u0000');
  return checkSimulation({builder: single('builder'), platform: single('platform'), buildArgs: single('args'), buildContexts: single('contexts'), changes});
}

/** Reads `#v=2&code=…` and version 1 `#code=…&target=…`; anything malformed is reported, never thrown. */
export function readShareFragment(fragment: string): ReadSharedState {
  if (!fragment.includes('code=')) return {kind: 'none'};
  if (fragment.length > maxFragmentLength) return {kind: 'invalid', reason: 'the link is too long to be a Dockerfile shared from Stagecraft'};
  const params = fragmentParams(fragment);
  const encoded = params.get('code')?.[0];
  if (encoded === undefined) return {kind: 'none'};
  const version = params.get('v')?.[0];
  if (version !== undefined && version !== currentVersion) return {kind: 'invalid', reason: 'the link was made by another version of Stagecraft (unknown v=)'};
  const code = readCode(encoded);
  if (!code.ok) return {kind: 'invalid', reason: code.reason};
  const target = decodeOrNull(params.get('target')?.[0])?.slice(0, 200) ?? null;
  if (version === undefined) return {kind: 'ok', state: {code: code.code, target, simulation: defaultSimulation}};
  const simulation = readSimulation(params);
  if (!simulation.ok) return {kind: 'invalid', reason: simulation.reason};
  return {kind: 'ok', state: {code: code.code, target, simulation: simulation.inputs}};
}
