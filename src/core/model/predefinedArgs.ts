import {parsePlatform as parseSpecifier} from './parsePlatform';

/**
 * BuildKit's automatic platform ARGs, usable in FROM without declaring them. Their real values depend on
 * the build host and --platform; Stagecraft assumes a linux/amd64 host (the common CI case) and, without
 * --platform, builds for that same platform, and says so where a result depends on it.
 * Source: moby/buildkit frontend/dockerfile/dockerfile2llb/platform.go (`defaultArgs`).
 */
export const buildHostPlatform = 'linux/amd64';

export interface Platform {
  os: string;
  architecture: string;
  variant: string;
}

/** A `--platform` value read the way BuildKit reads it (containerd's parser, one place: ./parsePlatform), or null. */
export function parsePlatform(text: string): Platform | null {
  const parsed = parseSpecifier(text.trim());
  return parsed.ok ? {os: parsed.os, architecture: parsed.architecture, variant: parsed.variant} : null;
}

export function formatPlatform(platform: Platform): string {
  return [platform.os, platform.architecture, platform.variant].filter((part) => part !== '').join('/');
}

/** The build host's platform, read once. */
export const hostPlatform: Platform = parsePlatform(buildHostPlatform)!;
const hostText = formatPlatform(hostPlatform);

/**
 * The predefined ARG values for a build for `targetPlatform` (null: the host's), with `--build-arg`s of the
 * same names applied on top: BuildKit's `defaultArgs(po, opt.BuildArgs, …)` lets a build arg replace the
 * value (test `testPlatformArgsExplicit`: `--platform darwin/ppc64le --build-arg TARGETOS=freebsd` gives
 * TARGETOS=freebsd and TARGETPLATFORM=darwin/ppc64le). The platform the stages run on does not change.
 */
export function platformArgs(targetPlatform: Platform | null, buildArgs: Readonly<Record<string, string>> = {}): Map<string, string> {
  const target = targetPlatform ?? hostPlatform;
  const values: [string, string][] = [
    ['BUILDPLATFORM', hostText],
    ['BUILDOS', hostPlatform.os],
    ['BUILDARCH', hostPlatform.architecture],
    ['BUILDVARIANT', hostPlatform.variant],
    ['BUILDOSVERSION', ''],
    ['TARGETPLATFORM', target === hostPlatform ? hostText : formatPlatform(target)],
    ['TARGETOS', target.os],
    ['TARGETARCH', target.architecture],
    ['TARGETVARIANT', target.variant],
    ['TARGETOSVERSION', ''],
  ];
  const args = new Map<string, string>();
  for (const [name, value] of values) args.set(name, Object.hasOwn(buildArgs, name) ? buildArgs[name]! : value);
  return args;
}

/** The predefined ARG values for a linux/amd64 host building for itself. */
export const predefinedArgs: Readonly<Record<string, string>> = Object.fromEntries(platformArgs(null));

/** Predefined names whose value Stagecraft does not model (TARGETSTAGE: the target's name, since dockerfile/1.11). */
export const predefinedArgNamesWithoutValue = ['TARGETSTAGE'];
