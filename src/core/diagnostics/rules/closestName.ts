/** Optimal-string-alignment distance (Levenshtein plus adjacent swaps), stopping early past `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [Array.from({length: b.length + 1}, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/** The stage name a mistyped word most likely meant: within 2 edits (1 for short names), else null. */
export function closestName(word: string, names: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const name of names) {
    const limit = Math.min(name.length, word.length) <= 4 ? 1 : 2;
    const distance = editDistance(word, name, limit);
    if (distance <= limit && distance < bestDistance && distance > 0) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}

/** Plain Levenshtein distance (insert, delete, substitute: cost 1), as github.com/agext/levenshtein computes it. */
function levenshtein(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * BuildKit's suggest.Search (util/suggest): the first option closer than 3 edits, the closest winning; an
 * exact match means there is nothing to suggest. Case-sensitive, as on Linux.
 */
export function suggestLikeBuildKit(word: string, options: Iterable<string>): string | null {
  let match: string | null = null;
  let best = 3;
  for (const option of options) {
    if (option === word) return null;
    if (Math.abs(option.length - word.length) >= best) continue;
    const distance = levenshtein(word, option);
    if (distance < best) {
      match = option;
      best = distance;
    }
  }
  return match;
}
