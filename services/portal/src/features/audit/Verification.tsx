import { useLazyQuery } from '@apollo/client/react';
import { Button, ProgressBar } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { apiProblems } from '../../errors';
import { VerifyAuditTrailQuery } from './operations';

/** Recomputes every hash of every service's chain (a long action: its progress is shown) and names the first break. */
export function Verification() {
  const { t } = useTranslation();
  const [verify, { data, loading, error, called }] = useLazyQuery(VerifyAuditTrailQuery, { fetchPolicy: 'network-only' });
  const result = data?.verifyAuditTrail;
  return (
    <section aria-labelledby="audit-verify-heading" className="card">
      <h2 id="audit-verify-heading">{t('audit.verify.title')}</h2>
      <p className="hint">{t('audit.verify.intro')}</p>
      <Button className="button" isDisabled={loading} onPress={() => void verify().catch(() => undefined)}>
        {t('audit.verify.run')}
      </Button>
      {loading && (
        <ProgressBar isIndeterminate aria-label={t('audit.verify.running')} className="audit-progress">
          <span>{t('audit.verify.running')}</span>
          <div className="audit-progress-bar" />
        </ProgressBar>
      )}
      {called && error && <p role="alert" className="alert">{t(`apiErrors.${apiProblems(error)[0]?.code ?? 'INTERNAL'}`)}</p>}
      {result && !loading && (
        <div role="status" aria-live="polite">
          <p className={result.ok ? 'audit-ok' : 'audit-broken'}>
            <strong>{result.ok ? t('audit.verify.ok') : t('audit.verify.broken', { id: result.firstBrokenAt ?? '—' })}</strong>{' '}
            {t('audit.verify.checked', { count: result.entriesChecked })}
          </p>
          <ul className="audit-chains">
            {result.chains.map((chain) => (
              <li key={chain.service}>
                <strong>{chain.service}</strong>: {chain.ok ? t('audit.verify.chainOk') : t('audit.verify.chainBroken', { id: chain.firstBrokenAt ?? '—' })}{' '}
                {t('audit.verify.checked', { count: chain.entriesChecked })}
                {chain.headHash && <code className="audit-hash">{chain.headHash}</code>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
