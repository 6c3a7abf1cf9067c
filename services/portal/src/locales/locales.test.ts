import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messagesOf } from '../i18n';

// The shell's messages with every feature's (features/<name>/locales) under its name, as the portal serves them.
const en = messagesOf('en');
const sq = messagesOf('sq');

type Tree = { [key: string]: string | Tree };

/** Every leaf key, with i18next's plural suffixes folded (count_one / count_other count as one key). */
function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`)));
}

const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

describe('the translation files', () => {
  it('have the same keys in English and Albanian', () => {
    const english = new Set(keys(en as Tree));
    const albanian = new Set(keys(sq as Tree));
    expect([...english].filter((key) => !albanian.has(key))).toEqual([]);
    expect([...albanian].filter((key) => !english.has(key))).toEqual([]);
  });

  it('have no empty message', () => {
    const empties = (tree: Tree, prefix = ''): string[] =>
      Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? (value.trim() ? [] : [`${prefix}${key}`]) : empties(value, `${prefix}${key}.`)));
    expect(empties(en as Tree)).toEqual([]);
    expect(empties(sq as Tree)).toEqual([]);
  });

  it('have every key the code asks for by name', () => {
    const known = new Set(keys(en as Tree).map(base));
    const sourceDir = join(__dirname, '..');
    const files = (readdirSync(sourceDir, { recursive: true }) as string[]).filter((file) => /\.tsx?$/.test(file) && !file.startsWith('gql') && !/\.test\./.test(file));
    const missing: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(sourceDir, file), 'utf8');
      // t('a.b') and label: 'a.b' / rule keys 'rules.x' written out in full; template keys are checked by the
      // component tests that render them.
      for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z]+(?:\.[a-zA-Z.]+)+)'/g)) if (!known.has(match[1])) missing.push(`${file}: ${match[1]}`);
      for (const match of text.matchAll(/'((?:rules|nav)\.[a-zA-Z]+)'/g)) if (!known.has(match[1])) missing.push(`${file}: ${match[1]}`);
      // A feature's menu entries: label: 'feature.key'.
      for (const match of text.matchAll(/\blabel: '([a-zA-Z]+(?:\.[a-zA-Z]+)+)'/g)) if (!known.has(match[1])) missing.push(`${file}: ${match[1]}`);
    }
    expect(missing).toEqual([]);
  });
});
