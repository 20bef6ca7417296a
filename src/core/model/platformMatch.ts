import type {Platform} from './predefinedArgs';

/**
 * How BuildKit picks a manifest from an image index, and how it prints a platform. Sources, all in
 * moby/buildkit (vendored containerd/platforms): util/imageutil/config.go `Config` matches with
 * `platforms.Only(target)`; compare.go `platformVector` lists what Only accepts, best first (amd64 also takes
 * 386; arm64 also takes arm/v8 down to arm/v5; arm/vN takes vN down to v5); database.go `normalizeArch`;
 * platforms.go `FormatAll`.
 */

/** containerd's `Normalize`: arm64's v8 variant is dropped, a bare arm is arm/v7, amd64/v1 is amd64. */
export function normalizePlatform({os, architecture, variant}: Platform): Platform {
  const lower = variant.toLowerCase();
  if (architecture === 'arm64') return {os, architecture, variant: ['8', 'v8', 'v8.0'].includes(lower) ? '' : lower};
  if (architecture === 'arm') return {os, architecture, variant: lower === '' || lower === '7' ? 'v7' : /^[568]$/.test(lower) ? `v${lower}` : lower};
  if (architecture === 'amd64') return {os, architecture, variant: lower === 'v1' ? '' : lower};
  return {os, architecture, variant: lower};
}

/** `FormatAll` of a normalised platform, for a platform without an OS version: `linux/arm/v7`. */
export function formatNormalized(platform: Platform): string {
  const {os, architecture, variant} = normalizePlatform(platform);
  return [os, architecture, variant].filter((part) => part !== '').join('/');
}

function sameSpec(a: Platform, b: Platform): boolean {
  const [left, right] = [normalizePlatform(a), normalizePlatform(b)];
  return left.os === right.os && left.architecture === right.architecture && left.variant === right.variant;
}

/** What `platforms.Only(target)` accepts, best first (for a target without an OS version). */
function acceptable(target: Platform): Platform[] {
  const {os, architecture, variant} = normalizePlatform(target);
  const armFrom = (version: number): Platform[] =>
    Array.from({length: Math.max(version - 4, 0)}, (_, i) => ({os, architecture: 'arm', variant: `v${version - i}`}));
  if (architecture === 'amd64') {
    const level = Number(variant.replace(/^v/, ''));
    const levels = Number.isInteger(level) && level > 1 ? Array.from({length: level}, (_, i) => (level - i === 1 ? '' : `v${level - i}`)) : [variant];
    return [...levels.map((v) => ({os, architecture, variant: v})), {os, architecture: '386', variant: ''}];
  }
  if (architecture === 'arm64') return [{os, architecture, variant}, ...armFrom(8)];
  if (architecture === 'arm') {
    const version = Number(variant.replace(/^v/, ''));
    return Number.isInteger(version) && version > 5 ? armFrom(version) : [{os, architecture, variant}];
  }
  return [{os, architecture, variant}];
}

/** The platform of the manifest BuildKit takes from an index published for `published`, or null: "no match for platform in manifest". */
export function selectPlatform(target: Platform, published: readonly Platform[]): Platform | null {
  for (const wanted of acceptable(target)) {
    const found = published.find((platform) => sameSpec(platform, wanted));
    if (found) return found;
  }
  return null;
}
