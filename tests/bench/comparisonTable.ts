/**
 * The site bench's table: every figure beside the same figure for the bare Docusaurus reference measured in
 * the same run, their ratio, and the budget it is held to. Absolute times on shared machines move by 2× from
 * day to day; the ratio to a reference measured minutes apart on the same machine does not.
 */

/** What a figure is held to: a ratio to the reference, a gap in Lighthouse points, or an absolute limit. */
export type Budget = {kind: 'ratio'; max: number} | {kind: 'pointsBelow'; max: number} | {kind: 'absolute'; max: number};

export interface ComparisonRow {
  measure: string;
  ours: number;
  /** The same figure for the bare site (or, where it has no such figure, the nearest thing it has: see `reference`). */
  reference: number;
  /** What the reference column measured, when it is not the same measure on the bare site. */
  referenceNote?: string;
  unit: 'KB' | 'ms' | 'points';
  budget?: Budget;
}

function formatValue(value: number, unit: ComparisonRow['unit']): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (unit === 'KB') return `${value.toFixed(1)} KB`;
  if (unit === 'ms') return `${Math.round(value)} ms`;
  return String(Math.round(value));
}

function ratio(row: ComparisonRow): number {
  return row.ours / row.reference;
}

function formatRatio(row: ComparisonRow): string {
  const value = ratio(row);
  if (!Number.isFinite(value)) return 'n/a';
  const text = `${value.toFixed(2)}×`;
  return row.unit === 'points' ? `${text} (${row.ours - row.reference >= 0 ? '+' : '−'}${Math.abs(Math.round(row.ours - row.reference))})` : text;
}

/** Whether the row keeps its budget; null when it has none or a figure is missing. */
export function withinBudget(row: ComparisonRow): boolean | null {
  const {budget} = row;
  if (!budget || !Number.isFinite(row.ours) || !Number.isFinite(row.reference)) return null;
  if (budget.kind === 'ratio') return ratio(row) <= budget.max;
  if (budget.kind === 'pointsBelow') return row.reference - row.ours <= budget.max;
  return row.ours <= budget.max;
}

function formatBudget(row: ComparisonRow): string {
  const {budget} = row;
  if (!budget) return '—';
  const limit =
    budget.kind === 'ratio'
      ? `≤ ${budget.max}× reference`
      : budget.kind === 'pointsBelow'
        ? `≥ reference − ${budget.max}`
        : `≤ ${formatValue(budget.max, row.unit)}`;
  const verdict = withinBudget(row);
  return verdict === null ? limit : `${limit}: ${verdict ? 'met' : 'MISSED'}`;
}

/** A Markdown table, one line per row, ready to print and to paste into the README. */
export function formatComparisonTable(rows: readonly ComparisonRow[]): string {
  const lines = ['| measure | Stagecraft | bare Docusaurus, same run | ratio | budget |', '| --- | ---: | ---: | ---: | --- |'];
  for (const row of rows) {
    const reference = formatValue(row.reference, row.unit) + (row.referenceNote ? ` (${row.referenceNote})` : '');
    lines.push(`| ${row.measure} | ${formatValue(row.ours, row.unit)} | ${reference} | ${formatRatio(row)} | ${formatBudget(row)} |`);
  }
  return lines.join('\n');
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
