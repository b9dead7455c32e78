// "Did you mean": the valid key closest to a mistyped one.

/** The candidate with the smallest edit distance to `word` (case-insensitive). */
export function nearestWord(word: string, candidates: readonly string[]): string {
  // An abbreviation (`desc`, `attr`) means the key it starts.
  const lower = word.toLowerCase();
  const expanded = lower.length >= 2 ? candidates.find((c) => c.toLowerCase().startsWith(lower)) : undefined;
  if (expanded) return expanded;
  let best = candidates[0] ?? '';
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = row;
  }
  return previous[b.length] ?? 0;
}
