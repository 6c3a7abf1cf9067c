import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { AuthProvider } from 'react-oidc-context';
import { App } from './App';
import { returnPathOf, userManagerSettings } from './auth';
import { loadConfig } from './config';
import { createI18n, storedLanguage } from './i18n';
import './styles.css';

async function main(): Promise<void> {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  const [config, i18n] = await Promise.all([loadConfig(), createI18n(storedLanguage())]);
  root.render(
    <I18nextProvider i18n={i18n}>
        <AuthProvider {...userManagerSettings(config)} onSigninCallback={(user) => window.history.replaceState({}, document.title, returnPathOf(user?.state))}>
          <App config={config} />
        </AuthProvider>
    </I18nextProvider>
    ,
  );
}

void main();
