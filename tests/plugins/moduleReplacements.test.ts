import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {LoadContext} from '@docusaurus/types';
import bundlingPlugin from '../../src/plugins/bundling';
import * as ownBrowserContext from '../../src/plugins/browserContext/browserContext';
import * as ownPrefetchHelper from '../../src/plugins/prefetch/prefetchOnce';

const require = createRequire(import.meta.url);
const coreModule = require.resolve('@docusaurus/core/lib/client/browserContext.js');
const corePrefetchHelper = require.resolve('@docusaurus/core/lib/client/prefetch.js');

class FakeReplacementPlugin {
  constructor(
    readonly pattern: RegExp,
    readonly replacement: string,
  ) {}
}

function replacementPlugins(isServer: boolean): FakeReplacementPlugin[] {
  const plugin = bundlingPlugin({} as LoadContext);
  const utils = {currentBundler: {name: 'rspack', instance: {NormalModuleReplacementPlugin: FakeReplacementPlugin}}};
  const configured = (plugin.configureWebpack as (...args: unknown[]) => {plugins?: unknown[]})({optimization: {}}, isServer, utils, undefined);
  return (configured.plugins ?? []).filter((entry): entry is FakeReplacementPlugin => entry instanceof FakeReplacementPlugin);
}

describe("useIsBrowser's provider, swapped for one that switches in a transition", () => {
  it.each([false, true])('replaces the module Docusaurus has at that path (server build: %s)', (isServer) => {
    const replacement = replacementPlugins(isServer).find((plugin) => plugin.pattern.test(coreModule));
    expect(replacement?.pattern.test(coreModule)).toBe(true);
    expect(replacement?.replacement).toBe(path.resolve(__dirname, '../../src/plugins/browserContext/browserContext.ts'));
  });

  it('exports what the module it replaces exports, so useIsBrowser and the app still find their names', () => {
    const coreExports = [...readFileSync(coreModule, 'utf8').matchAll(/^export (?:const|function) (\w+)/gm)].map((match) => match[1]);
    expect(coreExports.sort()).toEqual(Object.keys(ownBrowserContext).sort());
  });
});

describe("Docusaurus's prefetch helper, swapped for one that asks for each file once", () => {
  it.each([false, true])('replaces the module Docusaurus has at that path (server build: %s)', (isServer) => {
    const replacement = replacementPlugins(isServer).find((plugin) => plugin.pattern.test(corePrefetchHelper));
    expect(replacement?.replacement).toBe(path.resolve(__dirname, '../../src/plugins/prefetch/prefetchOnce.ts'));
  });

  it('has a default export taking one address, as the module it replaces', () => {
    expect(readFileSync(corePrefetchHelper, 'utf8')).toMatch(/^export default function prefetch\(url\)/m);
    expect(ownPrefetchHelper.default).toBeTypeOf('function');
    expect(ownPrefetchHelper.default.length).toBe(1);
  });
});
