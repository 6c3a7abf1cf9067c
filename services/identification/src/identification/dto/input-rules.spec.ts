import { isCountryCode, toUpperCase } from './input-rules';

describe('identification input rules', () => {
  it('takes ISO 3166-1 alpha-2 codes and XK (Kosovo), in upper case only after the transform', () => {
    expect(['AL', 'XK', 'DE', 'GR'].every(isCountryCode)).toBe(true);
    expect(['XX', 'ZZ', 'ALB', 'xk', '', 7].some(isCountryCode)).toBe(false);
  });

  it('upper-cases codes, one or a list, and leaves other values to the validators', () => {
    const transform = (value: unknown) => toUpperCase({ value } as Parameters<typeof toUpperCase>[0]);
    expect(transform('gjirokaster')).toBe('GJIROKASTER');
    expect(transform(['xk', 'al'])).toEqual(['XK', 'AL']);
    expect(transform(42)).toBe(42);
    expect(transform([1, 'al'])).toEqual([1, 'AL']);
  });
});
