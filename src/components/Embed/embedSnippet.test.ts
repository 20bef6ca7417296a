import {describe, expect, it} from 'vitest';
import {readShareFragment} from '../../core/share/shareState';
import {defaultSimulation} from '../../core/plan/simulationInputs';
import {embedSnippet, embedUrl} from './embedSnippet';

describe('embedUrl', () => {
  it('carries the same share fragment the lab reads, and the theme when one is fixed', () => {
    const state = {code: 'FROM alpine:3.24 AS base\n', target: 'base', simulation: {...defaultSimulation, buildArgs: {BASE: 'alpine'}}};
    const url = new URL(embedUrl('https://stagecraft.dev', state, 'dark'));
    expect(url.pathname).toBe('/embed');
    expect(url.searchParams.get('theme')).toBe('dark');
    expect(readShareFragment(url.hash)).toEqual({kind: 'ok', state});
    expect(new URL(embedUrl('https://stagecraft.dev', state)).search).toBe('');
  });
});

describe('embedSnippet', () => {
  it('is one iframe with a title and the embed address, and nothing a Dockerfile could break out of', () => {
    const state = {code: 'FROM alpine:3.24\n# "><script>alert(1)</script>\n', target: '"><b>', simulation: defaultSimulation};
    const snippet = embedSnippet('https://stagecraft.dev', state);
    expect(snippet).toMatch(/^<iframe src="https:\/\/stagecraft\.dev\/embed#v=2&amp;code=[^"<>]+" title="[^"]+"[^<>]*><\/iframe>$/);
    const src = /src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&');
    expect(readShareFragment(new URL(src).hash)).toEqual({kind: 'ok', state});
  });
});
