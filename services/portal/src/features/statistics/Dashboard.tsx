import { useTranslation } from 'react-i18next';

/**
 * The national coordinator's dashboard. The statistics read model is not built yet, so this page says what it will
 * hold rather than showing empty charts.
 */
export function Dashboard() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="statistics-heading">
      <h1 id="statistics-heading">{t('statistics.title')}</h1>
      <p>{t('statistics.comingIntro')}</p>
      <ul>
        <li>{t('statistics.coming.counts')}</li>
        <li>{t('statistics.coming.funnel')}</li>
        <li>{t('statistics.coming.durations')}</li>
        <li>{t('statistics.coming.suppression')}</li>
        <li>{t('statistics.coming.snapshots')}</li>
        <li>{t('statistics.coming.exports')}</li>
      </ul>
    </section>
  );
}

export default Dashboard;
