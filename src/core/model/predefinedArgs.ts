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

const host = parsePlatform(buildHostPlatform)!;

/**
 * The predefined ARG values for a build for `targetPlatform` (null: the host's), with `--build-arg`s of the
 * same names applied on top: BuildKit's `defaultArgs(po, opt.BuildArgs, …)` lets a build arg replace the
 * value (test `testPlatformArgsExplicit`: `--platform darwin/ppc64le --build-arg TARGETOS=freebsd` gives
 * TARGETOS=freebsd and TARGETPLATFORM=darwin/ppc64le). The platform the stages run on does not change.
 */
export function platformArgs(targetPlatform: Platform | null, buildArgs: Readonly<Record<string, string>> = {}): Map<string, string> {
  const target = targetPlatform ?? host;
  const values: [string, string][] = [
    ['BUILDPLATFORM', formatPlatform(host)],
    ['BUILDOS', host.os],
    ['BUILDARCH', host.architecture],
    ['BUILDVARIANT', host.variant],
    ['BUILDOSVERSION', ''],
    ['TARGETPLATFORM', formatPlatform(target)],
    ['TARGETOS', target.os],
    ['TARGETARCH', target.architecture],
    ['TARGETVARIANT', target.variant],
    ['TARGETOSVERSION', ''],
  ];
  return new Map(values.map(([name, value]) => [name, Object.hasOwn(buildArgs, name) ? buildArgs[name]! : value]));
}

/** The predefined ARG values for a linux/amd64 host building for itself. */
export const predefinedArgs: Readonly<Record<string, string>> = Object.fromEntries(platformArgs(null));

/** Predefined names whose value Stagecraft does not model (TARGETSTAGE: the target's name, since dockerfile/1.11). */
export const predefinedArgNamesWithoutValue = ['TARGETSTAGE'];
