/**
 * Image references as BuildKit reads them (github.com/distribution/reference, ParseNormalizedNamed):
 * an optional registry host (with port), a lower-case repository path, an optional tag and digest.
 * Docker Hub names are normalised: `node` is `docker.io/library/node`.
 */

export interface ImageReference {
  /** The text as given. */
  raw: string;
  /** Registry host, normalised: `docker.io` for Docker Hub (also for `index.docker.io`). */
  registry: string;
  /** Repository path inside the registry: `library/node`, `distroless/static-debian12`. */
  path: string;
  /** The short form people write: `node`, `bitnami/redis`, `gcr.io/distroless/static`. */
  familiarName: string;
  tag: string | null;
  digest: string | null;
}

export type ImageReferenceResult = {ok: true; reference: ImageReference} | {ok: false; reason: string};

export const dockerHub = 'docker.io';

const pathComponent = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const pathPattern = new RegExp(`^${pathComponent}(?:/${pathComponent})*$`);
const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const hostPattern = new RegExp(`^(?:${domainComponent}(?:\\.${domainComponent})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`);
const tagPattern = /^[\w][\w.-]{0,127}$/;
const digestPattern = /^([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*):([0-9a-fA-F]{32,})$/;
const digestHexLength: Record<string, number> = {sha256: 64, sha384: 96, sha512: 128};
const hexIdentifier = /^[a-f0-9]{64}$/;

/** Go's splitDockerDomain: the text before the first "/" is a registry when it looks like a host. */
function splitDomain(name: string): {registry: string; remainder: string} {
  const slash = name.indexOf('/');
  const first = slash === -1 ? '' : name.slice(0, slash);
  const isDomain = slash !== -1 && (/[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first);
  let registry = isDomain ? first : dockerHub;
  let remainder = isDomain ? name.slice(slash + 1) : name;
  if (registry === 'index.docker.io') registry = dockerHub;
  if (registry === dockerHub && !remainder.includes('/')) remainder = `library/${remainder}`;
  return {registry, remainder};
}

function familiarNameOf(registry: string, path: string): string {
  if (registry !== dockerHub) return `${registry}/${path}`;
  return path.startsWith('library/') && path.split('/').length === 2 ? path.slice('library/'.length) : path;
}

const invalidFormat = 'invalid reference format';

const remembered = new Map<string, ImageReferenceResult>();

/**
 * ParseNormalizedNamed, with Go's checks in Go's order and its error texts. Remembered: the model, the graph,
 * the rules and the catalogs read the same few references on every keystroke. The result is shared.
 */
export function parseImageReference(raw: string): ImageReferenceResult {
  let result = remembered.get(raw);
  if (result === undefined) {
    result = readImageReference(raw);
    // Shared between callers and analyses: frozen, so a caller that changed it would fail at once.
    if (result.ok) Object.freeze(result.reference);
    Object.freeze(result);
    if (remembered.size >= 256) remembered.clear();
    remembered.set(raw, result);
  }
  return result;
}

function readImageReference(raw: string): ImageReferenceResult {
  if (hexIdentifier.test(raw)) {
    return {ok: false, reason: `invalid repository name (${raw}), cannot specify 64-byte hexadecimal strings`};
  }
  const {registry, remainder} = splitDomain(raw);
  const colon = remainder.indexOf(':');
  const remoteName = colon === -1 ? remainder : remainder.slice(0, colon);
  if (remoteName.toLowerCase() !== remoteName) {
    return {ok: false, reason: `${invalidFormat}: repository name (${remoteName}) must be lowercase`};
  }
  if (raw === '') return {ok: false, reason: 'repository name must have at least one component'};
  let rest = remainder;
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | null = null;
  const lastColon = rest.lastIndexOf(':');
  if (lastColon > rest.lastIndexOf('/')) {
    tag = rest.slice(lastColon + 1);
    rest = rest.slice(0, lastColon);
  }
  const path = rest;
  if (!hostPattern.test(registry) || !pathPattern.test(path) || (tag !== null && !tagPattern.test(tag))) {
    return {ok: false, reason: invalidFormat};
  }
  if (digest !== null) {
    const match = digestPattern.exec(digest);
    if (!match) return {ok: false, reason: invalidFormat};
    const expected = digestHexLength[match[1]!];
    if (expected === undefined) return {ok: false, reason: 'unsupported digest algorithm'};
    if (match[2]!.length !== expected) return {ok: false, reason: 'invalid checksum digest length'};
  }
  if (registry.length + 1 + path.length > 255) {
    return {ok: false, reason: 'repository name must not be more than 255 characters'};
  }
  return {ok: true, reference: {raw, registry, path, familiarName: familiarNameOf(registry, path), tag, digest}};
}

/** Whether the text names an image explicitly (tag, digest, or a registry/namespace path), not a bare word. */
export function isExplicitImageReference(raw: string): boolean {
  return /[:@/]/.test(raw);
}
