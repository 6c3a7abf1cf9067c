import { ApolloProvider, useQuery } from '@apollo/client/react';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { BrowserRouter, NavLink, Navigate, Route, Routes } from 'react-router';
import { createApolloClient } from './apollo';
import { rolesOf } from './auth';
import type { PortalConfig } from './config';
import { LANGUAGES, rememberLanguage, type Language } from './i18n';
import { NotificationsQuery } from './operations/documents';

// Each role's pages load when first opened, so the first page stays small (bench/portal-bundle.mjs).
const IdentificationForm = lazy(() => import('./pages/IdentificationForm'));
const Inbox = lazy(() => import('./pages/Inbox'));
const Person = lazy(() => import('./pages/Person'));
const Notifications = lazy(() => import('./pages/Notifications'));

const RA = ['ra_officer', 'ra_head'];
/** The menu by role; the API refuses what a role may not do whatever the menu shows. */
const NAVIGATION: { to: string; label: string; roles?: string[] }[] = [
  { to: '/', label: 'nav.home' },
  { to: '/identifications/new', label: 'nav.newIdentification', roles: ['first_responder'] },
  { to: '/inbox', label: 'nav.inbox', roles: RA },
  { to: '/notifications', label: 'nav.notifications' },
];

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language: Language) => (
        <Button
          key={language}
          className="link-button"
          aria-pressed={i18n.language === language}
          onPress={() => {
            rememberLanguage(language);
            void i18n.changeLanguage(language);
          }}
        >
          <span lang={language}>{t(`language.${language}`)}</span>
        </Button>
      ))}
    </div>
  );
}

function SignIn({ failed }: { failed: boolean }) {
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  return (
    <div className="landing">
      <header className="topbar">
        <span className="brand">{t('app.name')}</span>
        <LanguageSwitcher />
      </header>
      <main id="main" className="card narrow">
        <h1>{t('signIn.title')}</h1>
        <p>{t('signIn.intro')}</p>
        {failed && <p role="alert">{t('signIn.failed')}</p>}
        <Button className="button" onPress={() => void auth.signinRedirect({ ui_locales: i18n.language })}>
          {t('signIn.button')}
        </Button>
      </main>
    </div>
  );
}

function UnreadBadge() {
  const { t } = useTranslation();
  const { data } = useQuery(NotificationsQuery, { variables: { first: 50 }, pollInterval: 60_000 });
  const unread = data?.myNotifications.filter((item) => !item.readAt).length ?? 0;
  if (!unread) return null;
  return (
    <span className="badge" aria-label={t('notifications.unread', { count: unread })}>
      {unread}
    </span>
  );
}

function Home({ roles, name }: { roles: string[]; name: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="home-heading">
      <h1 id="home-heading">{t('home.title', { name })}</h1>
      <p>{t('home.roles', { roles: roles.map((role) => t(`roles.${role}`, { defaultValue: role })).join(', ') || t('common.none') })}</p>
      {roles.includes('first_responder') && (
        <p>
          <NavLink to="/identifications/new">{t('nav.newIdentification')}</NavLink>
        </p>
      )}
      {roles.some((role) => RA.includes(role)) && (
        <p>
          <NavLink to="/inbox">{t('nav.inbox')}</NavLink>
        </p>
      )}
    </section>
  );
}

function Shell({ config }: { config: PortalConfig }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const tokenRef = useRef<string | undefined>(auth.user?.access_token);
  tokenRef.current = auth.user?.access_token;
  const client = useMemo(() => createApolloClient(config.gatewayUrl, () => tokenRef.current), [config.gatewayUrl]);
  const roles = rolesOf(auth.user?.access_token);
  const allowed = (roleList?: string[]) => !roleList || roleList.some((role) => roles.includes(role));
  const name = String(auth.user?.profile.preferred_username ?? '');
  return (
    <ApolloProvider client={client}>
      <BrowserRouter>
        <a className="skip-link" href="#main">
          {t('nav.skip')}
        </a>
        <header className="topbar">
          <span className="brand">{t('app.name')}</span>
          <nav aria-label={t('nav.label')}>
            <ul>
              {NAVIGATION.filter((item) => allowed(item.roles)).map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end>
                    {t(item.label)}
                    {item.to === '/notifications' && <UnreadBadge />}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <LanguageSwitcher />
          <Button
            className="link-button"
            onPress={() => {
              void client.clearStore();
              void auth.signoutRedirect();
            }}
          >
            {t('nav.signOut')}
          </Button>
        </header>
        <main id="main">
          <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
            <Routes>
              <Route path="/" element={<Home roles={roles} name={name} />} />
              {allowed(['first_responder']) && <Route path="/identifications/new" element={<IdentificationForm />} />}
              {allowed(RA) && <Route path="/inbox" element={<Inbox />} />}
              <Route path="/people/:id" element={<Person />} />
              <Route path="/notifications" element={<Notifications />} />
              <Route path="*" element={<Navigate to="/" replace />} />
            </Routes>
          </Suspense>
        </main>
      </BrowserRouter>
    </ApolloProvider>
  );
}

export function App({ config }: { config: PortalConfig }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const [silentTried, setSilentTried] = useState(false);
  const callback = /[?&](code|error)=/.test(window.location.search);

  // After a reload the tokens are gone (memory only): ask the identity provider's session, without a page.
  useEffect(() => {
    if (auth.isLoading || auth.isAuthenticated || silentTried || callback) return;
    setSilentTried(true);
    auth.signinSilent().catch(() => undefined);
  }, [auth, silentTried, callback]);

  // The sign-in callback's code and state leave the address bar once exchanged.
  useEffect(() => {
    if (auth.isAuthenticated && callback) window.history.replaceState({}, document.title, window.location.pathname);
  }, [auth.isAuthenticated, callback]);

  if (auth.isLoading || (!auth.isAuthenticated && !silentTried && !callback) || auth.activeNavigator === 'signinSilent') {
    return <p role="status">{t('common.loading')}</p>;
  }
  if (!auth.isAuthenticated) return <SignIn failed={Boolean(auth.error) && callback} />;
  return <Shell config={config} />;
}
