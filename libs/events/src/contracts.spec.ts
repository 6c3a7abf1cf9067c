import {
  deadLetterQueueName,
  EVENT_PRODUCERS,
  EVENT_SUBSCRIBERS,
  eventQueueName,
  eventTypesConsumedBy,
  eventTypesProducedBy,
  type EventType,
  isEventType,
  isServiceName,
  ServiceName,
  STATISTICAL_FACT_KEYS,
} from './contracts';

const eventTypes = Object.keys(EVENT_PRODUCERS) as EventType[];
const services = Object.values(ServiceName);

describe('the event contracts', () => {
  it('name one producer, a service of the platform, for every event type that has subscribers, and the other way round', () => {
    expect(Object.keys(EVENT_SUBSCRIBERS).sort()).toEqual([...eventTypes].sort());
    for (const type of eventTypes) expect(isServiceName(EVENT_PRODUCERS[type])).toBe(true);
  });

  it('give every event type at least one subscriber, never its own producer, each listed once', () => {
    for (const type of eventTypes) {
      const subscribers = EVENT_SUBSCRIBERS[type];
      expect(subscribers.length).toBeGreaterThan(0);
      expect(new Set(subscribers).size).toBe(subscribers.length);
      expect(subscribers).not.toContain(EVENT_PRODUCERS[type]);
      for (const subscriber of subscribers) expect(isServiceName(subscriber)).toBe(true);
    }
  });

  it('split the event types between producers without overlap or omission', () => {
    const produced = services.flatMap((service) => eventTypesProducedBy(service));
    expect([...produced].sort()).toEqual([...eventTypes].sort());
    expect(eventTypesProducedBy(ServiceName.REFERRAL).sort()).toEqual(['referral.accepted', 'referral.closed', 'referral.created', 'referral.declined', 'referral.withdrawn']);
  });

  it('list what a service consumes from the subscriber table', () => {
    for (const service of services) {
      expect(eventTypesConsumedBy(service)).toEqual(eventTypes.filter((type) => EVENT_SUBSCRIBERS[type].includes(service)));
    }
    expect(eventTypesConsumedBy(ServiceName.SHELTERS)).toEqual(['referral.accepted', 'referral.closed', 'person.erased', 'person.linked']);
    // National statistics (docs/statistics.md, "What reaches the reporting service").
    expect(eventTypesConsumedBy(ServiceName.REPORTING)).toEqual([
      'identification.submitted',
      'identification.age-verified',
      'identification.interview-recorded',
      'referral.created',
      'referral.accepted',
      'referral.declined',
      'case.opened',
      'case.admitted',
      'case.closed',
      'person.erased',
      'formal_identification.requested',
      'formal_identification.concluded',
      'residence_permit.recorded',
      'person.linked',
      'case.phase_moved',
    ]);
    // A case closed by its shelter ends the placement in the referral service (docs/events.md, "The case track events").
    expect(eventTypesConsumedBy(ServiceName.REFERRAL)).toContain('case.closed');
    expect(eventTypesConsumedBy(ServiceName.IDENTIFICATION)).toEqual(expect.arrayContaining(['case.closed', 'referral.closed']));
  });

  it('recognise only known event types and service names, whatever else a job carries', () => {
    for (const type of eventTypes) expect(isEventType(type)).toBe(true);
    for (const value of ['case.reopened', 'toString', '__proto__', '', 42, null, undefined, { type: 'case.opened' }]) expect(isEventType(value)).toBe(false);
    for (const service of services) expect(isServiceName(service)).toBe(true);
    for (const value of ['gateway', 'Shelters', '', null]) expect(isServiceName(value)).toBe(false);
  });

  it('give every service its own event queue and dead-letter queue', () => {
    const names = services.flatMap((service) => [eventQueueName(service), deadLetterQueueName(service)]);
    expect(new Set(names).size).toBe(names.length);
    expect(eventQueueName(ServiceName.REFERRAL)).toBe('events.referral');
    expect(deadLetterQueueName(ServiceName.REFERRAL)).toBe('events.referral.dead-letter');
  });
});

describe('StatisticalFacts (docs/statistics.md)', () => {
  const keys = Object.keys(STATISTICAL_FACT_KEYS).sort();

  it('is exactly the allowlist of codes the statistics count', () => {
    expect(keys).toEqual(
      [
        'ageBand',
        'ageGroup',
        'agencyType',
        'childAtExploitation',
        'citizenshipCountry',
        'citizenshipGroup',
        'countriesOfExploitation',
        'entryRoute',
        'exploitationTypes',
        'identifiedAt',
        'meansOfControl',
        'placeOfExploitation',
        'recruiterRelations',
        'region',
        'sex',
        'status',
        'venue',
      ].sort(),
    );
  });

  it('holds no field that names, dates, documents or points at a person', () => {
    const personal = /name|birth|dob|document|number|reference|person|id$|address|phone|email|note|text|comment|language/i;
    expect(keys.filter((key) => personal.test(key))).toEqual([]);
  });
});
