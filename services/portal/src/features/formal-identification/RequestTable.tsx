import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../format';
import { isOverdue, type FormalIdentificationItem } from './model';

/** Requests as a table in a focusable scrolling region: each opens its page. */
export function RequestTable({ items, labelledBy, now }: { items: FormalIdentificationItem[]; labelledBy: string; now: Date }) {
  const { t, i18n } = useTranslation();
  const date = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : '—');
  return (
    <div className="table-wrap fi-table" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('formal-identification.fields.requestedAt')}</th>
            <th scope="col">{t('formal-identification.fields.status')}</th>
            <th scope="col">{t('formal-identification.fields.dueAt')}</th>
            <th scope="col">{t('formal-identification.fields.scheduledAt')}</th>
            <th scope="col">{t('formal-identification.fields.outcome')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>
                <Link to={`/formal-identifications/${item.id}`} aria-label={t('formal-identification.openRequest', { date: date(item.requestedAt) })}>
                  {date(item.requestedAt)}
                </Link>
              </td>
              <td>{t(`formal-identification.status.${item.status}`)}</td>
              <td>
                {date(item.dueAt)}
                {isOverdue(item, now) && <span className="tag">{t('formal-identification.overdue')}</span>}
              </td>
              <td>{date(item.scheduledAt)}</td>
              <td>{item.outcome ? t(`formal-identification.outcome.${item.outcome}`) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
