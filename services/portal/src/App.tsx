import { ApolloProvider, useQuery } from '@apollo/client/react';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { BrowserRouter, NavLink, Navigate, Route, Routes } from 'react-router';
import { createApolloClient } from './apollo';
import { rolesOf, signInState } from './auth';
import type { PortalConfig } from './config';
import { LANGUAGES, rememberLanguage, type Language } from './i18n';
import type { Feature } from './features/feature';
import { forgetLocalDrafts } from './offline-drafts';
import { NotificationsQuery } from './operations/documents';
import { RA_ROLES, ROLE } from './roles';

// Each role's pages load when first opened, so the first page stays small (bench/portal-bundle.mjs).
const IdentificationForm = lazy(() => import('./pages/IdentificationForm'));
const Inbox = lazy(() => import('./pages/Inbox'));
const Person = lazy(() => import('./pages/Person'));
const Notifications = lazy(() => import('./pages/Notifications'));


/** Every capability's pages (features/<name>/routes.tsx), collected at build time. */
const FEATURES: Feature[] = Object.values(import.meta.glob<{ feature: Feature }>('./features/*/routes.tsx', { eager: true })).map(
  (module) => module.feature,
);

type NavigationItem = NonNullable<Feature['navigation']>[number];
/** The menu by role; the API refuses what a role may not do whatever the menu shows. */
const NAVIGATION: NavigationItem[] = [
  { to: '/', label: 'nav.home', order: 0 },
  { to: '/identifications/new', label: 'nav.newIdentification', roles: [ROLE.firstResponder], order: 10 },
  { to: '/inbox', label: 'nav.inbox', roles: RA_ROLES, order: 20 },
  ...FEATURES.flatMap((feature) => feature.navigation ?? []),
  { to: '/notifications', label: 'nav.notifications', order: 90 },
].sort((a, b) => (a.order ?? 50) - (b.order ?? 50));

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
        <Button className="button" onPress={() => void auth.signinRedirect({ ui_locales: i18n.language, state: signInState() })}>
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

function Home({ roles, name, items }: { roles: string[]; name: string; items: NavigationItem[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="home-heading">
      <h1 id="home-heading">{t('home.title', { name })}</h1>
      <p>{t('home.roles', { roles: roles.map((role) => t(`roles.${role}`, { defaultValue: role })).join(', ') || t('common.none') })}</p>
      <ul className="home-links">
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to}>{t(item.label)}</NavLink>
          </li>
        ))}
      </ul>
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
  const allowed = (roleList?: readonly string[]) => !roleList || roleList.some((role) => roles.includes(role));
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
              // A draft's copies kept on this device, and their key, leave with the user.
              void forgetLocalDrafts()
                .catch(() => undefined)
                .finally(() => void auth.signoutRedirect());
            }}
          >
            {t('nav.signOut')}
          </Button>
        </header>
        <main id="main">
          <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
            <Routes>
              <Route path="/" element={<Home roles={roles} name={name} items={NAVIGATION.filter((item) => item.to !== '/' && item.to !== '/notifications' && allowed(item.roles))} />} />
              {allowed([ROLE.firstResponder]) && <Route path="/identifications/new" element={<IdentificationForm />} />}
              {allowed(RA_ROLES) && <Route path="/inbox" element={<Inbox />} />}
              <Route path="/people/:id" element={<Person />} />
              <Route path="/notifications" element={<Notifications />} />
              {FEATURES.flatMap((feature) => feature.routes)
                .filter((route) => allowed(route.roles))
                .map(({ path, Page }) => (
                  <Route key={path} path={path} element={<Page />} />
                ))}
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
