import { randomUUID } from 'node:crypto';
import { Sex } from '@nrm/domain';
import { PERSON_EXPORT_SOURCE, type PersonExportPart, type PersonExportSource } from '@nrm/service-kit';
import { raHeadPrincipal } from '@nrm/testing';
import { envelope, type NotificationsUnderTest, startNotifications, testReference } from './notifications-harness';

jest.setTimeout(60_000);

interface ExportBody {
  service: string;
  personId: string;
  data: { notifications: Array<Record<string, unknown>>; deadlines: Array<Record<string, unknown>> };
}

/**
 * The notifications part of the subject access export: GET /internal/person-export/:personId, real PostgreSQL and
 * tokens. Notifications know a person by NRM reference only, which identification's release of the part hands over.
 * The part is answered only once identification released it for an export under way (its callback is covered with
 * every service running in identification's person-rights spec); here, the refusals and what the part holds.
 */
describe('notifications internal endpoint: the person export part', () => {
  let service: NotificationsUnderTest;
  const part = (person: { personId: string; reference: string }): Promise<PersonExportPart> =>
    service.app
      .get<PersonExportSource>(PERSON_EXPORT_SOURCE)
      .export({ personId: person.personId, reference: person.reference, subjectAccessRequestId: randomUUID(), principal: raHeadPrincipal() });

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

  const path = (person: { personId: string }) => `/internal/person-export/${person.personId}`;

  it('is refused without a token (401), to every role but the ra_head (403), and to the ra_head without an export request of identification (403)', async () => {
    const person = await notifiedPerson();
    const anonymous = await service.get(path(person));
    expect([anonymous.status, anonymous.body]).toEqual([401, { code: 'UNAUTHENTICATED' }]);
    for (const user of ['ra.officer', 'cm.shelter-a', 'police.tirana', 'auditor', 'coordinator']) {
      const result = await service.get(path(person), await service.tokenFor(user));
      expect([user, result.status, result.body]).toEqual([user, 403, { code: 'FORBIDDEN' }]);
    }
    for (const url of [path(person), `${path(person)}?exportRequest=not-an-id`]) {
      const result = await service.get(url, await service.tokenFor('ra.head'));
      expect([url, result.status, result.body]).toEqual([url, 403, { code: 'FORBIDDEN' }]);
      expect(result.text).not.toContain(person.reference);
    }
  });

  it("answers the notifications that point at the person's reference, and no one else's, without who read them", async () => {
    const person = await notifiedPerson();
    const other = await notifiedPerson();
    const [mine] = await service.dataSource.query(`SELECT id FROM notifications.notification WHERE subject_ref = $1 AND kind = 'REFERRAL_RECEIVED'`, [person.reference]);
    // A case manager reads it: the read state is staff data and stays out of the person's document.
    const read = await service.graphql(`mutation ($id: ID!) { markNotificationRead(id: $id) { id } }`, { id: mine.id }, await service.tokenFor('cm.shelter-a'));
    expect(read.errors).toBeUndefined();

    const result = (await part(person)) as ExportBody;
    expect(result).toMatchObject({ service: 'notifications', personId: person.personId });
    const { notifications } = result.data;
    expect(new Set(notifications.map((notification) => notification['kind']))).toEqual(new Set(['NEW_IDENTIFICATION', 'REFERRAL_RECEIVED']));
    expect(notifications.every((notification) => notification['subject_ref'] === person.reference)).toBe(true);
    // The deadlines that name the reference, without who met them.
    expect(result.data.deadlines.map((deadline) => deadline['kind']).sort()).toEqual(['RA_ACKNOWLEDGEMENT', 'REFERRAL_RESPONSE']);
    const text = JSON.stringify(result);
    expect(text).not.toContain(other.reference);
    expect(text).not.toContain('user_subject');
    expect(text).not.toContain('met_by');
  });

  it('answers BAD_USER_INPUT for a malformed id, and for a reference sent by the caller (only identification names the person)', async () => {
    const person = await notifiedPerson();
    const token = await service.tokenFor('ra.head');
    for (const [url, field] of [
      [`/internal/person-export/not-an-id?exportRequest=${randomUUID()}`, 'personId'],
      [`/internal/person-export/${person.personId}?reference=${person.reference}`, 'reference'],
    ]) {
      const result = await service.get(url!, token);
      expect([url, result.status, result.body]).toEqual([url, 400, { code: 'BAD_USER_INPUT', fields: [field] }]);
    }
  });
});
