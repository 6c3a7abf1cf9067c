import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PreferencesForm } from './PreferencesForm';
import { MyPreferencesQuery } from './operations';

/** The caller's own notification e-mail preferences. */
export default function PreferencesPage() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(MyPreferencesQuery, { fetchPolicy: 'network-only' });
  return (
    <section className="preferences-page">
      <h1>{t('preferences.title')}</h1>
      <p>{t('preferences.intro')}</p>
      {loading && !data && <p role="status">{t('common.loading')}</p>}
      {error && (
        <p role="alert" className="alert">
          {t('preferences.loadFailed')}
        </p>
      )}
      {data && <PreferencesForm preferences={data.myNotificationPreferences} />}
    </section>
  );
}
