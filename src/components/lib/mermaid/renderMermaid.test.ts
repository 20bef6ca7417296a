import {describe, expect, it} from 'vitest';
import {createMermaidRenderer, mermaidConfig, type MermaidLibrary} from './renderMermaid';

/** A stand-in for mermaid that records every call and draws asynchronously, like the real one. */
function fakeMermaid(failOn: string | null = null) {
  const calls: string[] = [];
  let loads = 0;
  const library: MermaidLibrary = {
    initialize: (config) => calls.push(`initialize ${config.theme}`),
    render: async (_id, text) => {
      calls.push(`render ${text} start`);
      await new Promise((resolve) => setTimeout(resolve, 1));
      calls.push(`render ${text} end`);
      if (text === failOn) throw new Error(`Parse error on line 1:\n${text}`);
      return {svg: `<svg>${text}</svg>`};
    },
  };
  const load = async () => {
    loads++;
    return library;
  };
  return {calls, load, loads: () => loads};
}

describe('the mermaid renderer', () => {
  it('never interleaves two renders, and configures mermaid only when the colour mode changes', async () => {
    const fake = fakeMermaid();
    const renderer = createMermaidRenderer(fake.load);
    const svgs = await Promise.all([renderer.render('a', 'light'), renderer.render('b', 'light'), renderer.render('c', 'dark'), renderer.render('d', 'dark')]);
    expect(svgs).toEqual(['<svg>a</svg>', '<svg>b</svg>', '<svg>c</svg>', '<svg>d</svg>']);
    expect(fake.calls).toEqual([
      'initialize neutral',
      'render a start',
      'render a end',
      'render b start',
      'render b end',
      'initialize dark',
      'render c start',
      'render c end',
      'render d start',
      'render d end',
    ]);
    expect(fake.loads()).toBe(1);
  });

  it('skips a queued diagram that is no longer wanted when its turn comes, and draws the next one', async () => {
    const fake = fakeMermaid();
    const renderer = createMermaidRenderer(fake.load);
    let secondWanted = true;
    const first = renderer.render('a', 'light');
    const second = renderer.render('b', 'light', () => secondWanted);
    const third = renderer.render('c', 'light', () => true);
    secondWanted = false;
    expect(await Promise.all([first, second, third])).toEqual(['<svg>a</svg>', null, '<svg>c</svg>']);
    expect(fake.calls.filter((call) => call.startsWith('render'))).toEqual(['render a start', 'render a end', 'render c start', 'render c end']);
  });

  it('a diagram that fails rejects with the reason and does not block the next one', async () => {
    const fake = fakeMermaid('broken');
    const renderer = createMermaidRenderer(fake.load);
    const broken = renderer.render('broken', 'light');
    const next = renderer.render('fine', 'light');
    await expect(broken).rejects.toThrow(/^Parse error on line 1/);
    await expect(next).resolves.toBe('<svg>fine</svg>');
  });

  it('tries loading mermaid again after a failed download', async () => {
    const fake = fakeMermaid();
    let attempts = 0;
    const renderer = createMermaidRenderer(() => (++attempts === 1 ? Promise.reject(new Error('chunk failed')) : fake.load()));
    await expect(renderer.render('a', 'light')).rejects.toThrow('chunk failed');
    await expect(renderer.render('a', 'light')).resolves.toBe('<svg>a</svg>');
    expect(attempts).toBe(2);
  });

  it('warms up once per page, in the queue like any render, and a failed warm-up does not fail the next render', async () => {
    const fake = fakeMermaid('broken');
    const renderer = createMermaidRenderer(fake.load);
    renderer.warm('broken', 'light');
    renderer.warm('again', 'light');
    await expect(renderer.render('a', 'light')).resolves.toBe('<svg>a</svg>');
    expect(fake.calls.filter((call) => call.endsWith('start'))).toEqual(['render broken start', 'render a start']);
  });

  it('keeps the strict security level, SVG text labels and the dagre layout in both colour modes', () => {
    for (const mode of ['light', 'dark'] as const) {
      expect(mermaidConfig(mode)).toMatchObject({securityLevel: 'strict', layout: 'dagre', startOnLoad: false, flowchart: {htmlLabels: false}});
    }
    expect(mermaidConfig('light').theme).toBe('neutral');
    expect(mermaidConfig('dark').theme).toBe('dark');
    // Without a seed, rounded nodes get random control points and no two drawings of one chart are the same.
    expect(mermaidConfig('light').handDrawnSeed).toBeGreaterThan(0);
  });
});
