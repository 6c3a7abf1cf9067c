import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { apiProblems } from '../../errors';
import { formatDateTime } from '../../format';
import type { Provider } from './model';
import { ProviderChangesQuery } from './operations';

/** Who changed the provider's directory entry, what and when (oldest first), with the coded reason. */
export function ProviderHistory({ provider }: { provider: Provider }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(ProviderChangesQuery, { variables: { providerId: provider.id }, fetchPolicy: 'network-only' });
  const changes = data?.serviceProviderChanges ?? [];
  return (
    <section className="card" aria-labelledby={`history-${provider.id}`}>
      <h2 id={`history-${provider.id}`} tabIndex={-1}>
        {t('directory.historyTitle', { name: provider.name })}
      </h2>
      {loading && <p role="status">{t('common.loading')}</p>}
      {error && <p role="alert">{t(`apiErrors.${apiProblems(error)[0]?.code ?? 'INTERNAL'}`)}</p>}
      {data && changes.length === 0 && <p>{t('directory.noHistory')}</p>}
      <ol className="directory-history">
        {changes.map((change) => (
          <li key={change.id}>
            <strong>{t(`directory.change.${change.change}`, { defaultValue: change.change })}</strong> — {formatDateTime(change.changedAt, i18n.language)},{' '}
            {change.changedByUsername} ({t(`roles.${change.changedByRole}`, { defaultValue: change.changedByRole })})
            {change.reason && <> — {t(`directory.reason.${change.reason}`, { defaultValue: change.reason })}</>}
          </li>
        ))}
      </ol>
    </section>
  );
}
