import {afterEach, describe, expect, it} from 'vitest';
import {chromiumFlags, chromiumLaunchOptions, systemChromiumPath} from './browser';

describe('browser selection', () => {
  const saved = process.env.CHROMIUM_PATH;
  afterEach(() => {
    if (saved === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = saved;
  });

  it('prefers CHROMIUM_PATH', () => {
    process.env.CHROMIUM_PATH = '/opt/custom/chromium';
    expect(systemChromiumPath()).toBe('/opt/custom/chromium');
    expect(chromiumLaunchOptions()).toEqual({executablePath: '/opt/custom/chromium', args: chromiumFlags});
  });

  it('always passes the sandbox and offline flags', () => {
    delete process.env.CHROMIUM_PATH;
    expect(chromiumLaunchOptions().args).toEqual(expect.arrayContaining(['--no-sandbox', '--disable-background-networking']));
  });
});
