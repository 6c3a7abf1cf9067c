import { foldName, matchKeys, matchTokens, MatchTokenKind, skeleton, trigrams } from './match-tokens';

const KEY = 'a-test-key-of-at-least-thirty-two-characters';

function jaccard(a: string, b: string): number {
  const grams = (name: string) => new Set(foldName(name).flatMap(trigrams));
  const left = grams(a);
  const right = grams(b);
  const shared = [...left].filter((gram) => right.has(gram)).length;
  return shared / (left.size + right.size - shared);
}

function tokenSet(identity: Parameters<typeof matchTokens>[0], key = KEY): Set<string> {
  return new Set(matchTokens(identity, key).map((token) => `${token.kind}:${token.hash.toString('hex')}`));
}

describe('name folding for the duplicate search', () => {
  it.each([
    ['Ëndrit', 'Endrit'],
    ['Çela', 'Cela'],
    ['Şehu', 'Shehu'],
    ['Shehu', 'Šehu'],
    ['Hoxha', 'Hoxa'],
    ['Xhafa', 'Džafa'],
    ['Gjoka', 'Đoka'],
    ['Krasniqi', 'Krasnići'],
    ['Dhimitri', 'Dimitri'],
    ['Thanasi', 'Tanasi'],
    ['Berisha', 'Berrisha'],
    ['Ylli', 'Illi'],
    ['Çaushi', 'Chaushi'],
    ['Yıldız', 'Yildiz'],
    ['Jovanović', 'Jovanovic'],
  ])('folds %s and %s onto one spelling', (a, b) => {
    expect(foldName(a)).toEqual(foldName(b));
  });

  it('treats a combining cedilla like the precomposed letter', () => {
    expect(foldName('S\u0327ehu')).toEqual(foldName('Şehu'));
  });

  it('splits compound names and drops one-letter tokens and punctuation', () => {
    expect(foldName("Anna-Maria  d'Ardi")).toEqual(['ana', 'maria', 'ardi']);
  });

  it('keeps names that differ in consonants apart', () => {
    expect(foldName('Leka')).not.toEqual(foldName('Lela'));
  });
});

describe('typo tolerance', () => {
  it('gives vowel typos and doubled letters the same consonant skeleton', () => {
    expect(skeleton(foldName('Berisha')[0])).toBe(skeleton(foldName('Berrisa')[0]));
    expect(skeleton(foldName('Gjoka')[0])).toBe(skeleton(foldName('Gjika')[0]));
  });

  it('scores a one-letter typo well above unrelated names by shared trigrams', () => {
    expect(jaccard('Ardit Hoxha', 'Ardi Hoxha')).toBeGreaterThan(0.6);
    expect(jaccard('Mirela Kola', 'Mirella Kolla')).toBe(1);
    expect(jaccard('Ardit Hoxha', 'Elona Marku')).toBeLessThan(0.1);
  });

  it('finds swapped given and family names through the sorted skeleton pair', () => {
    const pair = (given: string, family: string) => matchKeys({ givenName: given, familyName: family }).filter((key) => key.kind === MatchTokenKind.SKELETON_PAIR);
    expect(pair('Ardit', 'Hoxha')).toEqual(pair('Hoxha', 'Ardit'));
  });
});

describe('keyed match tokens', () => {
  const identity = { givenName: 'Ëndrit', familyName: 'Shehu', dateOfBirth: '2001-04-05', citizenship: ['AL', 'XK'] };

  it('holds no plain text: every token is a 16-byte hash', () => {
    const tokens = matchTokens(identity, KEY);
    expect(tokens.length).toBeGreaterThan(10);
    for (const token of tokens) {
      expect(token.hash).toHaveLength(16);
      expect(token.hash.toString('latin1')).not.toMatch(/endrit|sehu|2001/i);
    }
  });

  it('gives the same tokens for transliterated spellings under the same key', () => {
    expect(tokenSet(identity)).toEqual(tokenSet({ ...identity, givenName: 'Endrit', familyName: 'Şehu' }));
  });

  it('gives other tokens under another key', () => {
    const other = tokenSet(identity, 'another-key-of-at-least-thirty-two-chars');
    expect([...tokenSet(identity)].some((token) => other.has(token))).toBe(false);
  });

  it('hashes the date and the year of birth, and each citizenship', () => {
    const kinds = matchKeys(identity).map((key) => key.kind);
    expect(kinds.filter((kind) => kind === MatchTokenKind.DATE_OF_BIRTH)).toHaveLength(1);
    expect(kinds.filter((kind) => kind === MatchTokenKind.YEAR_OF_BIRTH)).toHaveLength(1);
    expect(kinds.filter((kind) => kind === MatchTokenKind.CITIZENSHIP)).toHaveLength(2);
    // each of the two name skeletons with the year, so one mistyped name still meets the other by year
    expect(kinds.filter((kind) => kind === MatchTokenKind.SKELETON_YEAR)).toHaveLength(2);
    expect(matchKeys({ ...identity, dateOfBirth: null }).some((key) => key.kind === MatchTokenKind.SKELETON_YEAR)).toBe(false);
  });

  it('writes no token for a person without a name', () => {
    expect(matchTokens({ givenName: null, familyName: '  ', dateOfBirth: '2001-04-05', citizenship: ['AL'] }, KEY)).toEqual([]);
  });
});
