import {compressToEncodedURIComponent, decompressFromEncodedURIComponent} from 'lz-string';

/**
 * Editor state in a URL fragment: `#code=<lz-string>&target=<stage name or index>`. Links stay short,
 * survive copy-paste through chat tools, and never reach a server (fragments are not sent).
 */
export interface SharedState {
  code: string;
  target: string | null;
}

export type ReadSharedState = {kind: 'none'} | {kind: 'ok'; state: SharedState} | {kind: 'invalid'; reason: string};

/** Longest fragment and Dockerfile a link may carry; beyond that the link is refused, not decoded. */
export const maxFragmentLength = 200_000;
const maxSharedCodeLength = 1_000_000;

export function toShareFragment(state: SharedState): string {
  const params = [`code=${compressToEncodedURIComponent(state.code)}`];
  if (state.target !== null && state.target !== '') params.push(`target=${encodeURIComponent(state.target)}`);
  return `#${params.join('&')}`;
}

function fragmentParams(fragment: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const part of fragment.replace(/^#/, '').split('&')) {
    const equals = part.indexOf('=');
    if (equals > 0) params.set(part.slice(0, equals), part.slice(equals + 1));
  }
  return params;
}

/** Reads `#code=…&target=…`; anything malformed is reported, never thrown. */
export function readShareFragment(fragment: string): ReadSharedState {
  if (!fragment.includes('code=')) return {kind: 'none'};
  if (fragment.length > maxFragmentLength) return {kind: 'invalid', reason: 'the link is too long to be a Dockerfile shared from Stagecraft'};
  const params = fragmentParams(fragment);
  const encoded = params.get('code');
  if (encoded === undefined) return {kind: 'none'};
  const unreadable = {kind: 'invalid', reason: 'the Dockerfile in the link could not be decoded (it may have been cut short)'} as const;
  if (!/^[A-Za-z0-9+\-$]*$/.test(encoded)) return unreadable;
  let code: string | null;
  try {
    code = decompressFromEncodedURIComponent(encoded);
  } catch {
    code = null;
  }
  // lz-string decodes most garbage to some text; only a fragment it would itself produce is a real link.
  if (code === null || compressToEncodedURIComponent(code) !== encoded) return unreadable;
  if (code.length > maxSharedCodeLength) return {kind: 'invalid', reason: 'the Dockerfile in the link is too large'};
  let target: string | null = null;
  const rawTarget = params.get('target');
  if (rawTarget !== undefined) {
    try {
      target = decodeURIComponent(rawTarget).slice(0, 200);
    } catch {
      target = null;
    }
  }
  return {kind: 'ok', state: {code, target}};
}
