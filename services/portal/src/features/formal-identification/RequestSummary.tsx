import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format';
import { isOverdue, type FormalIdentificationItem } from './model';

/** What the request says: its status, the convening deadline (working days), the group's dates and the outcome. */
export function RequestSummary({ item, now }: { item: FormalIdentificationItem; now: Date }) {
  const { t, i18n } = useTranslation();
  const date = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : t('formal-identification.notYet'));
  return (
    <dl className="review">
      <dt>{t('formal-identification.fields.status')}</dt>
      <dd>{t(`formal-identification.status.${item.status}`)}</dd>
      <dt>{t('formal-identification.fields.requestedAt')}</dt>
      <dd>{date(item.requestedAt)}</dd>
      <dt>{t('formal-identification.fields.dueAt')}</dt>
      <dd>
        {date(item.dueAt)}
        {isOverdue(item, now) && <span className="tag">{t('formal-identification.overdue')}</span>}
        <span className="hint fi-due-hint">{t('formal-identification.dueHint')}</span>
      </dd>
      <dt>{t('formal-identification.fields.pathway')}</dt>
      <dd>{item.statementOfWillingness === null ? t('formal-identification.pathway.child') : t('formal-identification.pathway.adult')}</dd>
      <dt>{t('formal-identification.fields.scheduledAt')}</dt>
      <dd>{date(item.scheduledAt)}</dd>
      <dt>{t('formal-identification.fields.interview')}</dt>
      <dd>
        {item.interviewStartedAt
          ? t('formal-identification.interviewSpan', { start: date(item.interviewStartedAt), end: item.interviewEndedAt ? date(item.interviewEndedAt) : t('formal-identification.underWay') })
          : t('formal-identification.notYet')}
      </dd>
      <dt>{t('formal-identification.fields.criminalReports')}</dt>
      <dd>{item.criminalReports.length ? item.criminalReports.map((report) => date(report.reportedAt)).join('; ') : t('common.none')}</dd>
      {item.outcome && (
        <>
          <dt>{t('formal-identification.fields.outcome')}</dt>
          <dd>
            <strong>{t(`formal-identification.outcome.${item.outcome}`)}</strong> ({date(item.concludedAt)})
          </dd>
          <dt>{t('formal-identification.fields.reasons')}</dt>
          <dd className="fi-reasons">{item.reasons}</dd>
        </>
      )}
    </dl>
  );
}
