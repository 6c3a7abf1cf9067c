/**
 * The sign-in pages' words in the languages the portal offers, chosen as Keycloak's themes choose: the first language
 * of the request's `ui_locales` the realm supports, else the browser's Accept-Language, else English.
 */
export const PAGE_LANGUAGES = ['en', 'sq'] as const;
export type PageLanguage = (typeof PAGE_LANGUAGES)[number];

export interface PageMessages {
  /** The page title; `{realm}` is the realm's name. */
  signInTitle: string;
  signInHeading: string;
  username: string;
  password: string;
  signInButton: string;
  invalidCredentials: string;
  errorTitle: string;
  loginTimedOut: string;
  methodNotAllowed: string;
}

const MESSAGES: Record<PageLanguage, PageMessages> = {
  en: {
    signInTitle: 'Sign in to {realm}',
    signInHeading: 'Sign in to your account',
    username: 'Username',
    password: 'Password',
    signInButton: 'Sign In',
    invalidCredentials: 'Invalid username or password.',
    errorTitle: 'We are sorry...',
    loginTimedOut: 'Your login attempt timed out. Login will start from the beginning.',
    methodNotAllowed: 'Method not allowed.',
  },
  // Albanian as the portal words it (docs/domain.md §7): "hyr" for sign in.
  sq: {
    signInTitle: 'Hyni në {realm}',
    signInHeading: 'Hyni në llogarinë tuaj',
    username: 'Emri i përdoruesit',
    password: 'Fjalëkalimi',
    signInButton: 'Hyr',
    invalidCredentials: 'Emri i përdoruesit ose fjalëkalimi është i pasaktë.',
    errorTitle: 'Na vjen keq...',
    loginTimedOut: 'Koha për hyrjen mbaroi. Hyrja do të fillojë nga e para.',
    methodNotAllowed: 'Kjo metodë nuk lejohet.',
  },
};

export function messagesFor(language: PageLanguage): PageMessages {
  return MESSAGES[language];
}

/** `sq-AL` → `sq`; a tag of a language the pages do not offer → undefined. */
function supported(tag: string): PageLanguage | undefined {
  const primary = tag.trim().split(/[-_]/)[0]?.toLowerCase();
  return PAGE_LANGUAGES.find((language) => language === primary);
}

/** `ui_locales` is space-separated in order of preference; Accept-Language has q-values. */
export function pageLanguage(uiLocales: unknown, acceptLanguage: string | undefined): PageLanguage {
  if (typeof uiLocales === 'string') {
    const asked = uiLocales.split(/\s+/).map(supported).find(Boolean);
    if (asked) return asked;
  }
  if (acceptLanguage) {
    const ranked = acceptLanguage
      .split(',')
      .map((part) => {
        const [tag = '', ...parameters] = part.split(';');
        const q = parameters.map((parameter) => /^\s*q=([\d.]+)\s*$/.exec(parameter)?.[1]).find(Boolean);
        return { tag, q: q === undefined ? 1 : Number(q) };
      })
      .filter(({ q }) => q > 0)
      .sort((a, b) => b.q - a.q);
    const accepted = ranked.map(({ tag }) => supported(tag)).find(Boolean);
    if (accepted) return accepted;
  }
  return 'en';
}
