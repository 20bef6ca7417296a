import {parseImageReference} from './parseImageReference';

/**
 * The name BuildKit looks a named build context up by: the reference's familiar form with `:latest` trimmed
 * (frontend/dockerui/config.go `NamedContext`). buildx normalises `--build-context NAME=…` the same way
 * (util/buildflags/context.go), so `node`, `node:latest` and `docker.io/library/node` are one name. Null for
 * text that is not a reference (an unexpanded variable, an upper-case name).
 */
export function contextLookupName(name: string): string | null {
  const parsed = parseImageReference(name);
  if (!parsed.ok) return null;
  const {familiarName, tag, digest} = parsed.reference;
  const familiar = `${familiarName}${tag === null ? '' : `:${tag}`}${digest === null ? '' : `@${digest}`}`;
  return familiar.endsWith(':latest') ? familiar.slice(0, -':latest'.length) : familiar;
}

export interface BuildContextMatcher {
  /** Whether one of the build contexts stands in for this FROM or `--from` reference, or stage name. */
  has(reference: string): boolean;
}

/** Matches references against the `--build-context` names as BuildKit does, each side normalised. */
export function buildContextMatcher(names: readonly string[] = []): BuildContextMatcher {
  const lookup = new Set(names.map(contextLookupName).filter((name): name is string => name !== null));
  return {
    has: (reference) => {
      if (lookup.size === 0) return false;
      const name = contextLookupName(reference);
      return name !== null && lookup.has(name);
    },
  };
}
