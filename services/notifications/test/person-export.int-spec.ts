import { randomUUID } from 'node:crypto';
import { Sex } from '@nrm/domain';
import { envelope, type NotificationsUnderTest, startNotifications, testReference } from './notifications-harness';

jest.setTimeout(60_000);

interface ExportBody {
  service: string;
  personId: string;
  data: { notifications: Array<Record<string, unknown>> };
}

/**
 * The notifications part of the subject access export (issue 3): GET /internal/person-export/:personId?reference=…,
 * real PostgreSQL and tokens. Notifications know a person by NRM reference only.
 */
describe('notifications internal endpoint: the person export part', () => {
  let service: NotificationsUnderTest;

  beforeAll(async () => {
    service = await startNotifications();
  });

  afterAll(async () => {
    await service?.close();
  });

  /** A person identified (the RA is notified) and referred to shelter-a (its case managers are), through the inbox. */
  async function notifiedPerson(): Promise<{ personId: string; reference: string }> {
    const personId = randomUUID();
    const reference = testReference(2098);
    const submitted = envelope('identification.submitted', {
      identificationId: randomUUID(),
      personId,
      reference,
      recordingAgencyId: 'police-tirana',
      isChild: false,
      region: 'TIRANA',
      anonymous: false,
      routing: { sex: Sex.FEMALE, foreign: false, accompanyingChildren: false },
    });
    const referred = envelope('referral.created', { referralId: randomUUID(), personId, reference, providerAgencyId: 'shelter-a', urgent: false });
    for (const event of [submitted, referred]) await expect(service.consumer.handle(event)).resolves.toBe('processed');
    return { personId, reference };
  }

  const path = (person: { personId: string; reference: string }) => `/internal/person-export/${person.personId}?reference=${person.reference}`;

  it('is refused without a token (401) and to every role but the RA (403), with a code only', async () => {
    const person = await notifiedPerson();
    const anonymous = await service.get(path(person));
    expect([anonymous.status, anonymous.body]).toEqual([401, { code: 'UNAUTHENTICATED' }]);
    for (const user of ['cm.shelter-a', 'police.tirana', 'auditor', 'coordinator']) {
      const result = await service.get(path(person), await service.tokenFor(user));
      expect([user, result.status, result.body]).toEqual([user, 403, { code: 'FORBIDDEN' }]);
    }
  });

  it("answers the notifications that point at the person's reference, and no one else's, without who read them", async () => {
    const person = await notifiedPerson();
    const other = await notifiedPerson();
    const [mine] = await service.dataSource.query(`SELECT id FROM notifications.notification WHERE subject_ref = $1 AND kind = 'REFERRAL_RECEIVED'`, [person.reference]);
    // A case manager reads it: the read state is staff data and stays out of the person's document.
    const read = await service.graphql(`mutation ($id: ID!) { markNotificationRead(id: $id) { id } }`, { id: mine.id }, await service.tokenFor('cm.shelter-a'));
    expect(read.errors).toBeUndefined();

    for (const user of ['ra.officer', 'ra.head']) {
      const result = await service.get<ExportBody>(path(person), await service.tokenFor(user));
      expect(result.status).toBe(200);
      expect(result.body).toMatchObject({ service: 'notifications', personId: person.personId });
      const { notifications } = result.body.data;
      expect(new Set(notifications.map((notification) => notification['kind']))).toEqual(new Set(['NEW_IDENTIFICATION', 'REFERRAL_RECEIVED']));
      expect(notifications.every((notification) => notification['subject_ref'] === person.reference)).toBe(true);
      expect(result.text).not.toContain(other.reference);
      expect(result.text).not.toContain('user_subject');
    }
  });

  it('answers BAD_USER_INPUT without a reference, with one that is not an NRM reference, or with a malformed id', async () => {
    const person = await notifiedPerson();
    const token = await service.tokenFor('ra.officer');
    for (const [url, field] of [
      [`/internal/person-export/${person.personId}`, 'reference'],
      [`/internal/person-export/${person.personId}?reference=Arta%20Test`, 'reference'],
      [`/internal/person-export/not-an-id?reference=${person.reference}`, 'personId'],
    ]) {
      const result = await service.get(url!, token);
      expect([url, result.status, result.body]).toEqual([url, 400, { code: 'BAD_USER_INPUT', fields: [field] }]);
    }
  });
});
