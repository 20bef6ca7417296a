import {existsSync} from 'node:fs';
import type {LaunchOptions} from '@playwright/test';

/** Flags that keep Debian's Chromium quiet and offline-friendly in a sandboxed container. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const debianChromium = '/usr/bin/chromium';

/**
 * The system Chromium to drive: CHROMIUM_PATH when set, else Debian's /usr/bin/chromium when present,
 * else undefined so Playwright uses its own downloaded browser.
 */
export function systemChromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return existsSync(debianChromium) ? debianChromium : undefined;
}

export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = systemChromiumPath();
  return executablePath ? {executablePath, args: chromiumFlags} : {args: chromiumFlags};
}
