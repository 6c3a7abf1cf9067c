import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { useAuth } from 'react-oidc-context';
import { rolesOf } from '../auth';
import { apiProblems } from '../errors';
import { formatDateTime } from '../format';
import { NotificationDeadline, NotificationUrgency } from '../features/deadlines/NotificationDeadline';
import { MarkNotificationReadMutation, NotificationsQuery } from '../operations/documents';
import { RA_ROLES } from '../roles';

export function Notifications() {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(NotificationsQuery, { variables: { first: 50 } });
  const [markRead] = useMutation(MarkNotificationReadMutation);
  const items = data?.myNotifications ?? [];
  const isResponsibleAuthority = RA_ROLES.some((role) => rolesOf(useAuth().user?.access_token).includes(role));
  const now = new Date();
  return (
    <section aria-labelledby="notifications-heading">
      <h1 id="notifications-heading">{t('notifications.title')}</h1>
      {loading && !data && <p role="status">{t('common.loading')}</p>}
      {error && <p role="alert">{t(`apiErrors.${apiProblems(error)[0]?.code ?? 'INTERNAL'}`)}</p>}
      {data && items.length === 0 && <p>{t('notifications.empty')}</p>}
      <ul className="notifications">
        {items.map((item) => (
          <li key={item.id} className={item.readAt ? 'read' : 'unread'} data-notification={item.id} data-kind={item.kind} data-subject={item.subjectRef}>
            <p>
              <strong>{t(`notificationKinds.${item.kind}`, { defaultValue: t('notificationKinds.OTHER') })}</strong> · {item.subjectRef}
              <NotificationUrgency item={item} now={now} />
            </p>
            <p className="hint">{formatDateTime(item.createdAt, i18n.language)}</p>
            <NotificationDeadline item={item} isResponsibleAuthority={isResponsibleAuthority} />
            {!item.readAt && (
              <Button className="button secondary" onPress={() => void markRead({ variables: { id: item.id } })}>
                {t('notifications.markRead')}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export default Notifications;
