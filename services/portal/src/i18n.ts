import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import sq from './locales/sq.json';

export const LANGUAGES = ['sq', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
type Messages = Record<string, unknown>;

/**
 * Each feature's messages (`features/<name>/locales/<language>.json`) are served under the key `<name>.`, beside the
 * shell's own (`locales/<language>.json`), so features never edit each other's translation files.
 */
const featureMessages = import.meta.glob<Messages>('./features/*/locales/*.json', { eager: true, import: 'default' });

export function messagesOf(language: Language): Messages {
  const merged: Messages = { ...(language === 'en' ? en : sq) };
  for (const [path, messages] of Object.entries(featureMessages)) {
    const match = /\/features\/([^/]+)\/locales\/([a-z]+)\.json$/.exec(path);
    if (!match || match[2] !== language) continue;
    if (match[1]! in merged) throw new Error(`The feature ${match[1]} reuses a key of the shell's messages`);
    merged[match[1]!] = messages;
  }
  return merged;
}

export const resources = { en: { translation: messagesOf('en') }, sq: { translation: messagesOf('sq') } } as const;

/** Only the chosen language is remembered in the browser; never a token or personal data. */
const LANGUAGE_KEY = 'nrm.language';

export function storedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_KEY);
    if (stored === 'en' || stored === 'sq') return stored;
  } catch {
    // Storage refused (private mode): fall back to the browser's language.
  }
  return navigator.language.toLowerCase().startsWith('en') ? 'en' : 'sq';
}

export function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Not remembered; the switch still applies to this page.
  }
}

export async function createI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  instance.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  document.documentElement.lang = language;
  return instance;
}
