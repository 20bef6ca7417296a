import {publishedPlatforms} from '../catalog/publishedPlatforms';
import {hostPlatform, parsePlatform, type Platform} from './predefinedArgs';
import type {Stage} from '../types';

/**
 * Inheritance helpers: a stage built on another (`FROM build AS test`) starts with everything that stage
 * had — its files, ENV, WORKDIR, USER — so checks and estimates walk the FROM chain.
 */

/** The stages from the one resting on an image down to `stage` itself, in build order. */
export function stageChain(stage: Stage, stages: readonly Stage[]): Stage[] {
  const chain = [stage];
  let current = stage;
  while (current.fromStage !== null && chain.length <= stages.length) {
    current = stages[current.fromStage]!;
    chain.unshift(current);
  }
  return chain;
}

/** The image a stage finally rests on, following FROM <stage> links. */
export function baseImageOf(stage: Stage, stages: readonly Stage[]): string {
  return stageChain(stage, stages)[0]!.from;
}

/**
 * The `--platform` value a stage runs for, or null for the target platform. A stage built on another runs for
 * that stage's platform, whatever its own FROM says (convert.go, dispatchState.init: `ds.platform = ds.base.platform`).
 */
export function platformValueOf(stages: readonly Stage[], index: number): string | null {
  return stageChain(stages[index]!, stages)[0]!.platformValue;
}

/**
 * The operating system a stage runs for: its chain's `--platform`, else the build's `--platform`. With neither,
 * BuildKit takes the base image's own platform when the builder supports it (convert.go autoDetectPlatform), so a
 * stage on a Windows-only image is a Windows stage (only a Windows builder can build it); otherwise the host's.
 */
export function stageOs(stages: readonly Stage[], index: number, target: Platform | null): string {
  const value = platformValueOf(stages, index);
  const platform = value === null ? target : parsePlatform(value);
  if (platform !== null) return platform.os;
  return isWindowsOnlyImage(baseImageOf(stages[index]!, stages)) ? 'windows' : hostPlatform.os;
}

/** Microsoft's Windows base images (mcr.microsoft.com/windows/…), or an official image tag published only for Windows. */
function isWindowsOnlyImage(ref: string): boolean {
  if (ref.toLowerCase().startsWith('mcr.microsoft.com/windows/')) return true;
  const platforms = publishedPlatforms(ref)?.platforms ?? [];
  return platforms.length > 0 && platforms.every((platform) => platform.os === 'windows');
}
