import { DeadlineKind } from '../deadline/deadline-kind';
import { NotificationKind } from '../notification/notification-kind';
import { NotificationUrgency } from '../notification/notification-urgency';
import { isAlwaysMailed, mailLocaleOf } from './email-policy';
import { composeMail, MAIL_LOCALES, type MailFacts } from './email-templates';

const PORTAL = 'https://portal.nrm.test/';

function facts(overrides: Partial<MailFacts> = {}): MailFacts {
  return { kind: NotificationKind.NEW_IDENTIFICATION, subjectRef: 'NRM-2026-000042', deadlineKind: null, urgency: null, dueAt: null, ...overrides };
}

describe('e-mail templates', () => {
  it.each(Object.values(NotificationKind).flatMap((kind) => MAIL_LOCALES.map((locale) => [kind, locale] as const)))(
    '%s in %s: the reference, what to do and the portal link',
    (kind, locale) => {
      const mail = composeMail(facts({ kind }), locale, PORTAL);
      expect(mail.subject).toContain('NRM-2026-000042');
      expect(mail.text).toContain('NRM-2026-000042');
      expect(mail.text).toContain('https://portal.nrm.test/notifications');
      expect(mail.subject).not.toMatch(/undefined|null/);
      expect(mail.text).not.toMatch(/undefined|null/);
    },
  );

  it('says the urgency first: a child, an urgent referral, an overdue item', () => {
    expect(composeMail(facts({ urgency: NotificationUrgency.CHILD }), 'sq', PORTAL).subject).toContain('[Fëmijë]');
    expect(composeMail(facts({ kind: NotificationKind.REFERRAL_RECEIVED, urgency: NotificationUrgency.URGENT_REFERRAL }), 'en', PORTAL).subject).toContain(
      '[Urgent referral]',
    );
    const overdue = composeMail(facts({ kind: NotificationKind.DEADLINE_ESCALATED, deadlineKind: DeadlineKind.REFERRAL_RESPONSE }), 'sq', PORTAL);
    expect(overdue.subject).toContain('[Me afat të kaluar]');
    expect(overdue.subject).toContain('përgjigjja ndaj një referimi');
  });

  it('uses the glossary terms in Albanian', () => {
    const mail = composeMail(facts({ kind: NotificationKind.REFERRAL_DECLINED }), 'sq', PORTAL);
    expect(mail.subject).toMatch(/^MKR · Referimi u refuzua/);
    expect(mail.text).toContain('ofrues');
  });

  it('mails urgent kinds whatever the preferences, and picks a language the templates have', () => {
    expect(isAlwaysMailed(NotificationKind.DEADLINE_REMINDER, null)).toBe(true);
    expect(isAlwaysMailed(NotificationKind.REFERRAL_RECEIVED, NotificationUrgency.URGENT_REFERRAL)).toBe(true);
    expect(isAlwaysMailed(NotificationKind.REFERRAL_ACCEPTED, null)).toBe(false);
    expect(mailLocaleOf(null, 'sq')).toBe('sq');
    expect(mailLocaleOf('en', 'sq')).toBe('en');
    expect(mailLocaleOf(null, 'fr')).toBe('en');
    expect(mailLocaleOf(null, 'sq-AL')).toBe('sq');
  });
});
