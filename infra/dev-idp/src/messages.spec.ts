import { messagesFor, PAGE_LANGUAGES, pageLanguage } from './messages';

describe('the sign-in pages\' language', () => {
  it('follows the first supported language of ui_locales, as Keycloak\'s themes do', () => {
    expect(pageLanguage('sq', undefined)).toBe('sq');
    expect(pageLanguage('sq-AL en', 'en')).toBe('sq');
    expect(pageLanguage('de sq', 'en')).toBe('sq');
    expect(pageLanguage('en', 'sq')).toBe('en');
  });

  it('falls back to the browser\'s Accept-Language by q-value, then English', () => {
    expect(pageLanguage(undefined, 'de;q=0.9, sq;q=0.8')).toBe('sq');
    expect(pageLanguage('fr', 'en;q=0.5, sq-AL;q=0.7')).toBe('sq');
    expect(pageLanguage(undefined, 'sq;q=0')).toBe('en');
    expect(pageLanguage(undefined, undefined)).toBe('en');
    expect(pageLanguage(['sq'], 'de')).toBe('en');
  });

  it('has every message in every language', () => {
    const keys = Object.keys(messagesFor('en')).sort();
    for (const language of PAGE_LANGUAGES) {
      const words = messagesFor(language);
      expect(Object.keys(words).sort()).toEqual(keys);
      expect(Object.values(words).every((text) => text.trim() !== '')).toBe(true);
    }
  });
});
