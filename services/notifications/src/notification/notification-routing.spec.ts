import { randomUUID } from 'node:crypto';
import { Role, Sex } from '@nrm/domain';
import type { EventEnvelope, EventPayloads, EventType } from '@nrm/events';
import { NotificationKind } from './notification-kind';
import { NotificationUrgency } from './notification-urgency';
import { NotificationRouting, type RoutingPolicy } from './notification-routing';

const policy: RoutingPolicy = {
  RESPONSIBLE_AUTHORITY_AGENCY_ID: 'ra',
  CHILD_PROTECTION_UNITS: new Map([['TIRANA', 'cpu-tirana']]),
  RA_ACKNOWLEDGE_HOURS: 10,
  REFERRAL_RESPONSE_HOURS: 30,
  URGENT_REFERRAL_RESPONSE_HOURS: 2,
};
const routing = new NotificationRouting(policy);
const occurredAt = '2026-03-01T08:00:00.000Z';

function envelope<T extends EventType>(type: T, payload: EventPayloads[T]): EventEnvelope<T> {
  return { id: randomUUID(), type, aggregateId: randomUUID(), payload, occurredAt, correlationId: null, producer: 'identification' };
}

function submitted(overrides: Partial<EventPayloads['identification.submitted']> = {}) {
  return envelope('identification.submitted', {
    identificationId: randomUUID(),
    personId: randomUUID(),
    reference: 'NRM-2026-000001',
    recordingAgencyId: 'police-tirana',
    isChild: false,
    region: 'TIRANA',
    anonymous: false,
    routing: { sex: Sex.FEMALE, foreign: false, accompanyingChildren: false },
    ...overrides,
  });
}

function referral(overrides: Partial<EventPayloads['referral.created']> = {}) {
  return envelope('referral.created', {
    referralId: randomUUID(),
    personId: randomUUID(),
    reference: 'NRM-2026-000002',
    providerAgencyId: 'shelter-a',
    urgent: false,
    ...overrides,
  });
}

describe('NotificationRouting', () => {
  it('tells the RA officers and head of an adult identification, due after the configured acknowledgement time', () => {
    const event = submitted();
    expect(routing.identificationSubmitted(event)).toEqual([
      {
        kind: NotificationKind.NEW_IDENTIFICATION,
        subjectRef: 'NRM-2026-000001',
        subjectId: event.payload.identificationId,
        audienceAgencyId: 'ra',
        audienceRoles: [Role.RA_OFFICER, Role.RA_HEAD],
        dueAt: new Date('2026-03-01T18:00:00.000Z'),
        sourceEventId: event.id,
      },
    ]);
  });

  it('also tells the child protection unit of the region of a child', () => {
    const drafts = routing.identificationSubmitted(submitted({ isChild: true, region: 'tirana' }));
    expect(drafts.map((draft) => [draft.audienceAgencyId, draft.audienceRoles])).toEqual([
      ['ra', [Role.RA_OFFICER, Role.RA_HEAD]],
      ['cpu-tirana', [Role.CHILD_PROTECTION_WORKER]],
    ]);
  });

  it('tells the unit the event names for a child, whatever this service is configured with', () => {
    const drafts = routing.identificationSubmitted(
      submitted({ isChild: true, region: 'GJIROKASTER', childProtectionUnit: { agencyId: 'cpu-gjirokaster', ofRegion: true } }),
    );
    expect(drafts.map((draft) => [draft.kind, draft.audienceAgencyId, draft.audienceRoles])).toEqual([
      [NotificationKind.NEW_IDENTIFICATION, 'ra', [Role.RA_OFFICER, Role.RA_HEAD]],
      [NotificationKind.NEW_IDENTIFICATION, 'cpu-gjirokaster', [Role.CHILD_PROTECTION_WORKER]],
    ]);
  });

  it('tells the national unit standing in for a region without one, and tells the RA that the region has none', () => {
    const drafts = routing.identificationSubmitted(
      submitted({ isChild: true, region: 'KUKES', childProtectionUnit: { agencyId: 'cpu-national', ofRegion: false } }),
    );
    expect(drafts.map((draft) => [draft.kind, draft.audienceAgencyId, draft.audienceRoles, draft.subjectRef])).toEqual([
      [NotificationKind.NEW_IDENTIFICATION, 'ra', [Role.RA_OFFICER, Role.RA_HEAD], 'NRM-2026-000001'],
      [NotificationKind.NEW_IDENTIFICATION, 'cpu-national', [Role.CHILD_PROTECTION_WORKER], 'NRM-2026-000001'],
      [NotificationKind.CHILD_REGION_WITHOUT_UNIT, 'ra', [Role.RA_OFFICER, Role.RA_HEAD], 'NRM-2026-000001'],
    ]);
  });

  it('tells the RA of an older event\'s child from a region without a configured unit that no unit was told', () => {
    const drafts = routing.identificationSubmitted(submitted({ isChild: true, region: 'KUKES' }));
    expect(drafts.map((draft) => [draft.kind, draft.audienceAgencyId])).toEqual([
      [NotificationKind.NEW_IDENTIFICATION, 'ra'],
      [NotificationKind.CHILD_REGION_WITHOUT_UNIT, 'ra'],
    ]);
  });

  it('tells no unit of an adult, even when the event names none explicitly', () => {
    const drafts = routing.identificationSubmitted(submitted({ childProtectionUnit: null }));
    expect(drafts.map((draft) => draft.audienceAgencyId)).toEqual(['ra']);
  });

  it('marks identifications without consent to the interview as anonymous', () => {
    const drafts = routing.identificationSubmitted(submitted({ anonymous: true, isChild: true }));
    expect(drafts.map((draft) => draft.kind)).toEqual([NotificationKind.ANONYMOUS_IDENTIFICATION, NotificationKind.ANONYMOUS_IDENTIFICATION]);
  });

  it('copies only the reference and ids out of an event, whatever else it carries', () => {
    const event = submitted();
    const leaky = { ...event, payload: { ...event.payload, givenName: 'Drita' } } as EventEnvelope<'identification.submitted'>;
    expect(JSON.stringify(routing.identificationSubmitted(leaky))).not.toContain('Drita');
  });

  it('asks the case managers of the provider to answer a referral in the configured time, shorter when urgent', () => {
    const [normal] = routing.referralCreated(referral());
    const [urgent] = routing.referralCreated(referral({ urgent: true }));
    expect(normal).toMatchObject({
      kind: NotificationKind.REFERRAL_RECEIVED,
      audienceAgencyId: 'shelter-a',
      audienceRoles: [Role.CASE_MANAGER],
      dueAt: new Date('2026-03-02T14:00:00.000Z'),
    });
    expect(urgent?.dueAt).toEqual(new Date('2026-03-01T10:00:00.000Z'));
  });

  it('tells the RA of an accepted or declined referral, with no deadline', () => {
    const payload = { referralId: randomUUID(), personId: randomUUID(), reference: 'NRM-2026-000003', providerAgencyId: 'shelter-b' };
    const [accepted] = routing.referralAccepted(envelope('referral.accepted', payload));
    const [declined] = routing.referralDeclined(envelope('referral.declined', payload));
    expect(accepted).toMatchObject({ kind: NotificationKind.REFERRAL_ACCEPTED, subjectId: payload.referralId, audienceAgencyId: 'ra', dueAt: null });
    expect(declined).toMatchObject({ kind: NotificationKind.REFERRAL_DECLINED, audienceRoles: [Role.RA_OFFICER, Role.RA_HEAD] });
  });

  it('refuses an event without a valid time rather than inventing a deadline', () => {
    expect(() => routing.referralCreated({ ...referral(), occurredAt: 'yesterday' })).toThrow('invalid occurredAt');
  });

  describe('identification.age-verified', () => {
    const verified = (outcome: 'ADULT' | 'CHILD') =>
      envelope('identification.age-verified', {
        verificationId: randomUUID(),
        personId: randomUUID(),
        reference: 'NRM-2026-000010',
        outcome,
        isChild: outcome === 'CHILD',
        region: 'TIRANA',
        childProtectionUnit: { agencyId: 'cpu-tirana', ofRegion: true },
      });

    it.each(['ADULT', 'CHILD'] as const)('tells the child protection unit of the area of a verified %s, by reference only', (outcome) => {
      const event = verified(outcome);
      expect(routing.ageVerified(event)).toEqual([
        {
          kind: NotificationKind.AGE_VERIFIED,
          subjectRef: 'NRM-2026-000010',
          subjectId: event.payload.verificationId,
          audienceAgencyId: 'cpu-tirana',
          audienceRoles: [Role.CHILD_PROTECTION_WORKER],
          dueAt: null,
          sourceEventId: event.id,
        },
      ]);
    });
  });

  describe('identification.interview-recorded', () => {
    it('tells the Responsible Authority that the person may now be referred', () => {
      const event = envelope('identification.interview-recorded', {
        identificationId: randomUUID(),
        personId: randomUUID(),
        reference: 'NRM-2026-000011',
        recordingAgencyId: 'police-tirana',
        isChild: false,
        region: 'TIRANA',
        childProtectionUnit: null,
      });
      expect(routing.interviewRecorded(event)).toEqual([
        expect.objectContaining({ kind: NotificationKind.INTERVIEW_RECORDED, audienceAgencyId: 'ra', subjectId: event.payload.identificationId, dueAt: null }),
      ]);
    });

    it('also tells the unit mandated for a child', () => {
      const event = envelope('identification.interview-recorded', {
        identificationId: randomUUID(),
        personId: randomUUID(),
        reference: 'NRM-2026-000012',
        recordingAgencyId: 'police-tirana',
        isChild: true,
        region: 'TIRANA',
        childProtectionUnit: { agencyId: 'cpu-tirana', ofRegion: true },
      });
      expect(routing.interviewRecorded(event).map((draft) => draft.audienceAgencyId)).toEqual(['ra', 'cpu-tirana']);
    });
  });
});

describe('formal identification routing', () => {
  const formalIdentificationId = randomUUID();
  const personId = randomUUID();

  it('tells each member of the convened group as their agency and role, due at the scheduled interview', () => {
    const event = envelope('formal_identification.convened', {
      formalIdentificationId,
      personId,
      reference: 'NRM-2026-000009',
      requestedAt: occurredAt,
      scheduledAt: '2026-03-03T09:00:00.000Z',
      members: [
        { agencyId: 'police-sfait-tirana', role: Role.FORMAL_ID_POLICE },
        { agencyId: 'cpu-tirana', role: Role.CHILD_PROTECTION_WORKER },
        { agencyId: 'forged', role: 'not-a-role' },
      ],
    });
    expect(routing.formalIdentificationConvened(event)).toEqual([
      expect.objectContaining({ kind: NotificationKind.FORMAL_ID_GROUP_SCHEDULED, audienceAgencyId: 'police-sfait-tirana', audienceRoles: [Role.FORMAL_ID_POLICE], dueAt: new Date('2026-03-03T09:00:00.000Z'), subjectId: formalIdentificationId }),
      expect.objectContaining({ kind: NotificationKind.FORMAL_ID_GROUP_SCHEDULED, audienceAgencyId: 'cpu-tirana', audienceRoles: [Role.CHILD_PROTECTION_WORKER] }),
    ]);
  });

  it('tells the RA of the conclusion, by reference only (the outcome stays in the portal)', () => {
    const event = envelope('formal_identification.concluded', {
      formalIdentificationId,
      personId,
      reference: 'NRM-2026-000009',
      requestedAt: occurredAt,
      outcome: 'NOT_VICTIM',
      memberAgencyIds: ['police-sfait-tirana', 'rdsss-tirana'],
    });
    const drafts = routing.formalIdentificationConcluded(event);
    expect(drafts).toEqual([
      { kind: NotificationKind.FORMAL_ID_CONCLUDED, subjectRef: 'NRM-2026-000009', subjectId: formalIdentificationId, audienceAgencyId: 'ra', audienceRoles: [Role.RA_OFFICER, Role.RA_HEAD], dueAt: null, sourceEventId: event.id },
    ]);
    expect(JSON.stringify(drafts)).not.toContain('NOT_VICTIM');
  });
});

describe('an urgent finding of suicide risk', () => {
  it("goes at once to the shelter's case managers and to its psychologists by team function, with ids only", () => {
    const event = envelope('assessment.urgent_finding', {
      assessmentId: randomUUID(),
      caseId: randomUUID(),
      personId: randomUUID(),
      reference: 'NRM-2026-000009',
      providerAgencyId: 'shelter-a',
      kind: 'SUICIDE_RISK',
    });
    expect(routing.urgentFinding(event)).toEqual([
      {
        kind: NotificationKind.URGENT_SUICIDE_RISK,
        subjectRef: 'NRM-2026-000009',
        subjectId: event.payload.caseId,
        audienceAgencyId: 'shelter-a',
        audienceRoles: [Role.CASE_MANAGER],
        audienceTeamFunction: 'PSYCHOLOGIST',
        dueAt: new Date(occurredAt),
        sourceEventId: event.id,
      },
    ]);
  });
});

describe('case track routing', () => {
  it("tells the shelter's case managers that the admitted person's needs assessment is due, by reference only", () => {
    const caseId = randomUUID();
    const event = envelope('case.admitted', {
      caseId,
      personId: randomUUID(),
      reference: 'NRM-2026-000010',
      providerAgencyId: 'shelter-a',
      placementType: 'RESIDENTIAL_SHELTER',
      admittedAt: '2026-03-01T08:00:00.000Z',
      assessmentsDueAt: '2026-03-15T08:00:00.000Z',
    });
    expect(routing.caseAdmitted(event)).toEqual([
      {
        kind: NotificationKind.NEEDS_ASSESSMENT_DUE,
        subjectRef: 'NRM-2026-000010',
        subjectId: caseId,
        audienceAgencyId: 'shelter-a',
        audienceRoles: [Role.CASE_MANAGER],
        dueAt: new Date('2026-03-15T08:00:00.000Z'),
        sourceEventId: event.id,
      },
    ]);
  });

  it('refuses an event whose due date is not a date', () => {
    const event = envelope('case.admitted', {
      caseId: randomUUID(),
      personId: randomUUID(),
      reference: 'NRM-2026-000011',
      providerAgencyId: 'shelter-a',
      placementType: 'OTHER',
      admittedAt: '2026-03-01T08:00:00.000Z',
      assessmentsDueAt: 'soon',
    });
    expect(() => routing.caseAdmitted(event)).toThrow(/assessmentsDueAt/);
  });
});

describe('the end of a placement (referral.closed)', () => {
  const closed = (reason: 'TRANSFERRED' | 'CASE_CLOSED') =>
    envelope('referral.closed', {
      referralId: randomUUID(),
      personId: randomUUID(),
      reference: 'NRM-2026-000012',
      providerAgencyId: 'shelter-a',
      reason,
      transferredToReferralId: reason === 'TRANSFERRED' ? randomUUID() : null,
    });

  it("tells the old provider's case managers of a transfer, by reference only", () => {
    const event = closed('TRANSFERRED');
    expect(routing.referralClosed(event)).toEqual([
      {
        kind: NotificationKind.PLACEMENT_TRANSFERRED,
        subjectRef: 'NRM-2026-000012',
        subjectId: event.payload.referralId,
        audienceAgencyId: 'shelter-a',
        audienceRoles: [Role.CASE_MANAGER],
        dueAt: null,
        sourceEventId: event.id,
      },
    ]);
  });

  it('tells nobody when the provider closed the case itself', () => {
    expect(routing.referralClosed(closed('CASE_CLOSED'))).toEqual([]);
  });

  describe('urgency (said in the e-mail, and e-mailed whatever the preferences)', () => {
    it("marks every notification of a child's identification, and nothing of an adult's", () => {
      expect(routing.identificationSubmitted(submitted({ isChild: true })).map((draft) => draft.urgency)).toEqual(
        expect.arrayContaining([NotificationUrgency.CHILD]),
      );
      expect(routing.identificationSubmitted(submitted({ isChild: true })).every((draft) => draft.urgency === NotificationUrgency.CHILD)).toBe(true);
      expect(routing.identificationSubmitted(submitted()).every((draft) => draft.urgency === undefined)).toBe(true);
    });

    it('marks an urgent referral only', () => {
      expect(routing.referralCreated(referral({ urgent: true }))[0]?.urgency).toBe(NotificationUrgency.URGENT_REFERRAL);
      expect(routing.referralCreated(referral({ urgent: false }))[0]?.urgency).toBeUndefined();
    });
  });
});
