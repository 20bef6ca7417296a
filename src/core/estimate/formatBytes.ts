/** Decimal bytes for people: `4.5 MB`, `102.5 MB`, `1.23 GB` (1 MB = 1,000,000 bytes, as the catalog counts). */
export function formatBytes(bytes: number): string {
  const sign = bytes < 0 ? '-' : '';
  const value = Math.abs(bytes);
  const trim = (text: string) => text.replace(/\.0+$/, '').replace(/(\.\d*?)0+$/, '$1');
  if (value < 1000) return `${sign}${value} B`;
  if (value < 1e6) return `${sign}${trim((value / 1e3).toFixed(1))} kB`;
  if (value < 1e9) return `${sign}${trim((value / 1e6).toFixed(1))} MB`;
  return `${sign}${trim((value / 1e9).toFixed(2))} GB`;
}
