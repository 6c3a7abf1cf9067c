import { createHmac } from 'node:crypto';

/**
 * The duplicate search's keys (docs/domain.md, "Possible duplicates"): names and the date of birth never reach the
 * index in plain text, only as keyed hashes (HMAC-SHA-256 under PERSON_MATCH_KEY, truncated to 128 bits) of
 * normalised, transliteration-folded tokens. Without the key a stolen index says nothing about a name: a date of birth
 * or a short name could otherwise be brute-forced from an unkeyed hash.
 */
export enum MatchTokenKind {
  /** A whole folded name token ("hoxha" → "hoxa"). */
  NAME = 1,
  /** A folded name token's consonant skeleton ("berisha" → "brs"): tolerant of vowel typos and doubled letters. */
  SKELETON = 2,
  /** A padded trigram of a folded name token: the Jaccard-like name score counts the shared ones. */
  GRAM = 3,
  /** Two of the person's name skeletons, sorted: the selective blocking key (swapped given/family names still meet). */
  SKELETON_PAIR = 4,
  DATE_OF_BIRTH = 5,
  YEAR_OF_BIRTH = 6,
  CITIZENSHIP = 7,
  /** A name skeleton with the year of birth: a selective blocking key when the name's other token was mistyped. */
  SKELETON_YEAR = 8,
}

export interface MatchToken {
  kind: MatchTokenKind;
  hash: Buffer;
}

export interface MatchableIdentity {
  givenName?: string | null;
  familyName?: string | null;
  /** ISO date, YYYY-MM-DD. */
  dateOfBirth?: string | null;
  citizenship?: readonly string[];
}

/**
 * Spellings folded onto one, applied in order after lower-casing and before diacritics are stripped (docs/domain.md,
 * "The folding table"). Albanian, Turkish and South Slavic spellings of the same sound, and the Latin transcriptions
 * officers type when the keyboard lacks the letter, meet on one spelling.
 */
export const FOLDING_TABLE: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/dzh|xh|dž|dź|ǆ/g, 'x', 'xh, dž, dzh → x (Albanian xh, Slavic dž)'],
  [/gj|dj|đ|ђ|ğ/g, 'g', 'gj, dj, đ → g (Albanian gj, Serbo-Croatian đ); Turkish ğ → g'],
  [/sh|ş|š|ś|sch/g, 's', 'sh, ş, š → s (the sh/ş equivalence)'],
  [/zh|ž|ź|ż/g, 'z', 'zh, ž → z'],
  [/tsh|tch|ch|ç|č|ć|q/g, 'c', 'ç, č, ć, ch, q → c (Albanian q ≈ ć and ç ≈ č are often typed as one another)'],
  [/dh|ð/g, 'd', 'dh → d'],
  [/th|þ|θ/g, 't', 'th → t'],
  [/nj|ñ|ň|ń/g, 'n', 'nj, ñ → n'],
  [/lj|ľ|ł/g, 'l', 'lj, ł → l'],
  [/ph/g, 'f', 'ph → f'],
  [/ck|kh/g, 'k', 'ck, kh → k'],
  [/w/g, 'v', 'w → v'],
  [/ı|y|ü/g, 'i', 'Turkish dotless ı, Albanian y (ü) → i'],
  [/ß/g, 's', 'ß → s'],
  [/ø|œ/g, 'o', 'ø, œ → o'],
  [/æ/g, 'e', 'æ → e'],
];

const VOWELS = /[aeiou]/g;

/**
 * One name folded for matching: lower-case, the folding table, Unicode NFKD with the combining marks removed
 * (ë → e, ç → c, ă → a), letters only, doubled letters collapsed (ll, rr, nn). Returns the tokens of length ≥ 2.
 */
export function foldName(name: string): string[] {
  let text = name.normalize('NFC').toLowerCase();
  for (const [pattern, replacement] of FOLDING_TABLE) text = text.replace(pattern, replacement);
  text = text.normalize('NFKD').replace(/\p{M}/gu, '');
  // The table again: a letter that only decomposed now (e.g. "ş" typed as s + combining cedilla) folds too.
  for (const [pattern, replacement] of FOLDING_TABLE) text = text.replace(pattern, replacement);
  return text
    .split(/[^a-z]+/)
    .map((token) => token.replace(/(.)\1+/g, '$1'))
    .filter((token) => token.length >= 2);
}

/** The consonant skeleton of a folded token: its first letter, then its consonants, repeats collapsed. */
export function skeleton(token: string): string {
  return (token[0] + token.slice(1).replace(VOWELS, '')).replace(/(.)\1+/g, '$1');
}

/** Padded trigrams of a folded token: "ana" → ^an, ana, na$. */
export function trigrams(token: string): string[] {
  const padded = `^${token}$`;
  const grams: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i += 1) grams.push(padded.slice(i, i + 3));
  return grams;
}

/** The plain-text keys of an identity, before hashing: only for the unit tests and this module. */
export function matchKeys(identity: MatchableIdentity): Array<{ kind: MatchTokenKind; value: string }> {
  const tokens = [...foldName(identity.givenName ?? ''), ...foldName(identity.familyName ?? '')];
  // A person without a name is not matched at all: a date of birth and a citizenship alone name thousands.
  if (tokens.length === 0) return [];
  const keys = new Map<string, { kind: MatchTokenKind; value: string }>();
  const add = (kind: MatchTokenKind, value: string): void => {
    keys.set(`${kind}:${value}`, { kind, value });
  };
  const skeletons = [...new Set(tokens.map(skeleton))];
  for (const token of tokens) {
    add(MatchTokenKind.NAME, token);
    for (const gram of trigrams(token)) add(MatchTokenKind.GRAM, gram);
  }
  for (const key of skeletons) add(MatchTokenKind.SKELETON, key);
  for (let i = 0; i < skeletons.length; i += 1) {
    for (let j = i + 1; j < skeletons.length; j += 1) add(MatchTokenKind.SKELETON_PAIR, [skeletons[i], skeletons[j]].sort().join(' '));
  }
  // A one-word name still gets a pair key, so it can be found by its name alone.
  if (skeletons.length === 1) add(MatchTokenKind.SKELETON_PAIR, skeletons[0]);
  if (identity.dateOfBirth) {
    const year = identity.dateOfBirth.slice(0, 4);
    add(MatchTokenKind.DATE_OF_BIRTH, identity.dateOfBirth.slice(0, 10));
    add(MatchTokenKind.YEAR_OF_BIRTH, year);
    for (const key of skeletons) add(MatchTokenKind.SKELETON_YEAR, `${key} ${year}`);
  }
  for (const country of identity.citizenship ?? []) add(MatchTokenKind.CITIZENSHIP, country.toUpperCase());
  return [...keys.values()];
}

/** The hashed match tokens of an identity under the key; the same identity and key give the same tokens. */
export function matchTokens(identity: MatchableIdentity, key: string): MatchToken[] {
  return matchKeys(identity).map(({ kind, value }) => ({
    kind,
    hash: createHmac('sha256', key).update(`nrm.person-match.v1\n${kind}\n${value}`).digest().subarray(0, 16),
  }));
}
