import {describe, expect, it} from 'vitest';
import {formatBytes} from './formatBytes';

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [999, '999 B'],
    [4_450_000, '4.5 MB'],
    [102_500_000, '102.5 MB'],
    [234_000_000, '234 MB'],
    [1_230_000_000, '1.23 GB'],
    [1_337_000_000, '1.34 GB'],
    [-875_000_000, '-875 MB'],
  ])('%d bytes is %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
