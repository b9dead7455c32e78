// Generates a realistic manifest of a given size, deterministically, together with the positions the
// benchmark acts on (where to edit, hover and complete) and the problems planted in it, so that the
// driver can tell a server's real answer from an early or stale one.
import { ATTRIBUTE_WORDS, CLIENT_TAG_WORDS, SESSION_TAG_WORDS, type SectionVocabulary } from './words';

/** A 0-based line and UTF-16 column. */
export interface Position {
  line: number;
  character: number;
}

/** A generated manifest and the places the benchmark uses. */
export interface GeneratedManifest {
  text: string;
  entries: number;
  /** Entries that repeat an earlier one exactly (a JSON Schema's uniqueItems sees these too). */
  exactDuplicates: number;
  /** Entries equal to an earlier one only after normalisation (case, ё, Latin look-alikes, spaces). */
  normalizedDuplicates: number;
  /** A mapping entry with the misspelt key `descripton`: every validator must flag this line. */
  typoLine: number;
  /** A plain entry in the middle of the file that the edit benchmark rewrites. */
  editLine: number;
  /** The edit's two texts for editLine: the original, and one with an unknown key in it. */
  editOriginal: string;
  editBroken: string;
  /** Inside the name of an exact duplicate near the middle (hover shows its duplicates). */
  hoverPosition: Position;
  /** At the end of the last entry of `attributes`, a name being typed. */
  completionPosition: Position;
}

/** Sizes the issue asks for. */
export const MANIFEST_SIZES = [100, 1_000, 10_000, 50_000] as const;

/** A small, fast, seeded PRNG (mulberry32), so every run benchmarks the same text. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/** The i-th distinct name of a vocabulary, in a shuffled order; a number is appended once combinations run out. */
function nameAt(words: SectionVocabulary, order: readonly number[], i: number): string {
  const combos = order.length;
  const k = order[i % combos] ?? 0;
  const q = words.qualifiers[k % words.qualifiers.length] ?? '';
  const s = words.subjects[Math.floor(k / words.qualifiers.length) % words.subjects.length] ?? '';
  const d =
    words.details[Math.floor(k / (words.qualifiers.length * words.subjects.length)) % words.details.length] ??
    '';
  const round = Math.floor(i / combos);
  return [q, s, d, round > 0 ? String(round + 1) : ''].filter((w) => w !== '').join(' ');
}

function shuffledIndices(n: number, random: () => number): number[] {
  const a = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = a[i] ?? 0;
    a[i] = a[j] ?? 0;
    a[j] = t;
  }
  return a;
}

/** A variant an operator could not tell from the original: other case, е for ё, a Latin look-alike, a double space. */
function lookAlike(name: string, variant: number): string {
  switch (variant % 4) {
    case 0:
      return name.toLocaleUpperCase('ru');
    case 1:
      return name.includes('ё') ? name.replace('ё', 'е') : name.toLocaleLowerCase('ru');
    case 2:
      return name.replace(/[АВЕКМНОРСТХаеорсх]/, (c) => CYRILLIC_TO_LATIN[c] ?? c);
    default:
      return name.replace(' ', '  ');
  }
}

const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  х: 'x',
};

const DESCRIPTIONS = [
  'Заполняет оператор во время диалога',
  'Берётся из анкеты на сайте',
  'Нужно для доставки',
  'Спросить при первом обращении',
  'Используется в рассылках',
  'Только для корпоративных клиентов',
];

/** YAML text of one plain entry; quoted when YAML would not read the name back as this string. */
function entryLine(name: string): string {
  return /^[\p{L}]/u.test(name) && !/[:#]/.test(name) && name === name.trim()
    ? `  - ${name}`
    : `  - "${name}"`;
}

interface Section {
  key: 'attributes' | 'clientTags' | 'sessionTags';
  words: SectionVocabulary;
  share: number;
}

const SECTIONS: readonly Section[] = [
  { key: 'attributes', words: ATTRIBUTE_WORDS, share: 0.5 },
  { key: 'clientTags', words: CLIENT_TAG_WORDS, share: 0.3 },
  { key: 'sessionTags', words: SESSION_TAG_WORDS, share: 0.2 },
];

/** Generates a manifest with `entries` entries in total over the three sections. */
export function generateManifest(entries: number, seed = 20261126): GeneratedManifest {
  const random = seededRandom(seed + entries);
  const lines: string[] = [
    `# Профиль компании ООО «Ромашка»: ${entries} записей, сгенерирован для бенчмарка`,
    'version: 1',
  ];
  let exactDuplicates = 0;
  let normalizedDuplicates = 0;
  let typoLine = -1;
  let completionPosition: Position = { line: 0, character: 0 };
  const plainLines: number[] = [];
  const exactDuplicateLines: number[] = [];
  let written = 0;

  SECTIONS.forEach((section, sectionIndex) => {
    const isLast = sectionIndex === SECTIONS.length - 1;
    const count = isLast ? entries - written : Math.round(entries * section.share);
    const combos =
      section.words.qualifiers.length * section.words.subjects.length * section.words.details.length;
    const order = shuffledIndices(combos, random);
    const names: string[] = [];
    lines.push(`${section.key}:`);
    // The last attribute is a name being typed, where the completion benchmark asks.
    const typedPrefix = section.key === 'attributes' ? 1 : 0;
    for (let i = 0; i < count - typedPrefix; i++) {
      const roll = random();
      let name: string;
      let exact = false;
      // One exact duplicate sits in the middle of every size, where hover looks.
      const forced = written + i === Math.floor(entries / 2) + 1 && names.length > 0;
      if (forced || (names.length > 10 && roll < 0.01)) {
        name = names[Math.floor(random() * names.length)] ?? '';
        exact = true;
        exactDuplicates++;
      } else if (names.length > 10 && roll < 0.015) {
        name = lookAlike(names[Math.floor(random() * names.length)] ?? '', Math.floor(random() * 4));
        normalizedDuplicates++;
      } else {
        name = nameAt(section.words, order, names.length);
      }
      names.push(name);
      if (section.key === 'attributes' && typoLine < 0 && i >= Math.min(5, count / 2)) {
        typoLine = lines.length + 1;
        lines.push(`  - name: ${name}`, `    descripton: ${DESCRIPTIONS[0] ?? ''}`);
      } else if (!exact && random() < 0.1) {
        lines.push(`  - name: ${name}`, `    description: ${DESCRIPTIONS[i % DESCRIPTIONS.length] ?? ''}`);
      } else {
        const line = entryLine(name);
        if (exact) exactDuplicateLines.push(lines.length);
        else if (!line.includes('"')) plainLines.push(lines.length);
        lines.push(line);
      }
    }
    if (typedPrefix) {
      lines.push('  - Тел');
      completionPosition = { line: lines.length - 1, character: '  - Тел'.length };
    }
    written += count;
  });

  const middle = lines.length / 2;
  const nearestToMiddle = (candidates: readonly number[]): number =>
    candidates.reduce(
      (best, l) => (Math.abs(l - middle) < Math.abs(best - middle) ? l : best),
      candidates[0] ?? 0,
    );
  const editLine = nearestToMiddle(plainLines);
  const hoverLine = nearestToMiddle(exactDuplicateLines);
  const editOriginal = lines[editLine] ?? '';
  const editName = editOriginal.slice(4);
  return {
    text: lines.join('\n') + '\n',
    entries,
    exactDuplicates,
    normalizedDuplicates,
    typoLine,
    editLine,
    editOriginal,
    editBroken: `  - { name: ${editName}, descripton: правка }`,
    hoverPosition: { line: hoverLine, character: 6 },
    completionPosition,
  };
}
