import { type SubgraphUnderTest } from '@nrm/testing';
import { adultInput, startIdentification } from './identification-harness';

const SUBMIT = `mutation Submit($input: SubmitInitialIdentificationInput!) {
  submitInitialIdentification(input: $input) { id region person { id } }
}`;
const LIST = `query List($filter: InitialIdentificationFilter) {
  initialIdentifications(first: 50, filter: $filter) { edges { node { id region } } }
}`;
const REGIONS = `query Regions($locale: String) { regions(locale: $locale) { code label } }`;

interface Refusal {
  message: string;
  extensions: { code: string; fields?: string[] };
}

/** Submissions a first responder gets wrong, and the region list every client picks codes from. */
describe('identification input rules (real PostgreSQL, Redis and signed tokens)', () => {
  let subgraph: SubgraphUnderTest;
  let police: string;

  beforeAll(async () => {
    subgraph = await startIdentification();
    police = await subgraph.tokenFor('police.tirana');
  });

  afterAll(async () => {
    await subgraph.close();
  });

  const personCount = async (): Promise<number> => {
    const [row] = await subgraph.dataSource.query(`SELECT count(*)::int AS n FROM identification.person`);
    return row.n;
  };

  async function submit(input: Record<string, unknown>) {
    return subgraph.graphql<{ submitInitialIdentification: { id: string; region: string; person: { id: string } } }>(SUBMIT, { input }, police);
  }

  async function refusalOf(input: Record<string, unknown>): Promise<Refusal> {
    const before = await personCount();
    const { data, errors } = await submit(input);
    expect(data?.submitInitialIdentification ?? null).toBeNull();
    expect(await personCount()).toBe(before);
    return errors![0] as unknown as Refusal;
  }

  const withPerson = (person: Record<string, unknown>) => adultInput({ person: { ...adultInput().person, ...person } });
  const yearsAgo = (years: number): string => `${new Date().getUTCFullYear() - years}-01-01`;

  describe('the date of birth', () => {
    it.each([
      ['in the future', '2999-01-01', /must not be in the future/],
      ['older than 120 years', '1800-01-01', /at most 120 years ago/],
    ])('refuses a date of birth %s as BAD_USER_INPUT naming input.person.dateOfBirth', async (_case, dateOfBirth, expected) => {
      const refusal = await refusalOf(withPerson({ dateOfBirth }));
      expect(refusal.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.person.dateOfBirth'] });
      expect(refusal.message).toMatch(expected);
      expect(refusal.message).not.toContain(dateOfBirth);
    });

    it('refuses a date of birth more than 2 years from the estimated age, and accepts one within', async () => {
      const contradiction = await refusalOf(withPerson({ dateOfBirth: yearsAgo(30), estimatedAge: 14 }));
      expect(contradiction.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.person.dateOfBirth'] });
      expect(contradiction.message).toMatch(/agree with estimatedAge within 2 years/);
      const agreeing = await submit(withPerson({ dateOfBirth: yearsAgo(30), estimatedAge: 31 }));
      expect(agreeing.errors).toBeUndefined();
    });

    it('refuses an impossible calendar date and a wrong type, naming the field', async () => {
      for (const dateOfBirth of ['2026-02-30', 19980302, '02/03/1998']) {
        const refusal = await refusalOf(withPerson({ dateOfBirth }));
        expect(refusal.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.person.dateOfBirth'] });
        // The Date scalar refuses some before the DTO does; both say what is expected.
        expect(refusal.message).toMatch(/^input\.person\.dateOfBirth: must be (a date \(YYYY-MM-DD\)|of type Date)$/);
      }
      const age = await refusalOf(withPerson({ estimatedAge: 'thirty' }));
      expect(age).toMatchObject({ message: 'input.person.estimatedAge: must be of type Int', extensions: { fields: ['input.person.estimatedAge'] } });
    });

    it('refuses an estimated age over 120 saying what is expected', async () => {
      const refusal = await refusalOf(withPerson({ dateOfBirth: undefined, estimatedAge: 500 }));
      expect(refusal.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.person.estimatedAge'] });
      expect(refusal.message).toBe('input.person.estimatedAge: must be a whole number of years from 0 to 120');
    });
  });

  describe('citizenship', () => {
    it('accepts XK (Kosovo) and lower-case codes, stored upper-case, a Kosovar counting as foreign', async () => {
      const { data, errors } = await submit(withPerson({ citizenship: ['xk'] }));
      expect(errors).toBeUndefined();
      const [person] = await subgraph.dataSource.query(`SELECT citizenship, citizenship_group FROM identification.person WHERE id = $1`, [
        data!.submitInitialIdentification.person.id,
      ]);
      expect(person).toEqual({ citizenship: ['XK'], citizenship_group: 'FOREIGN' });
    });

    it('refuses a code neither ISO 3166-1 nor XK, saying what is expected rather than a bare "Invalid input"', async () => {
      const refusal = await refusalOf(withPerson({ citizenship: ['AL', 'XX'] }));
      expect(refusal.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.person.citizenship'] });
      expect(refusal.message).toBe('input.person.citizenship: must be ISO 3166-1 alpha-2 codes or XK');
    });
  });

  describe('hostile strings', () => {
    it('refuses control characters in a name, naming the field and what is expected, never echoing it', async () => {
      const refusal = await refusalOf(withPerson({ givenName: 'Ar\u0000ta' }));
      expect(refusal.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.person.givenName'] });
      expect(refusal.message).toMatch(/^input\.person\.givenName: must be text without control characters/);
      expect(refusal.message).not.toContain('Ar');
    });

    it('refuses a very long name and a very long region, saying the bound', async () => {
      const name = await refusalOf(withPerson({ familyName: 'x'.repeat(5000) }));
      expect(name.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.person.familyName'] });
      expect(name.message).toBe('input.person.familyName: must be 1 to 200 characters');
      const region = await refusalOf(adultInput({ region: 'T'.repeat(100_000) }));
      expect(region.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.region'] });
    });

    it('says what is expected of every malformed field it names', async () => {
      const refusal = await refusalOf(adultInput({ clientRequestId: 'short', interview: { consentToInterview: true, language: 'Albanian' } }));
      expect(refusal.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.clientRequestId', 'input.interview.language'] });
      expect(refusal.message).toBe(
        'input.clientRequestId: must be 8 to 100 letters, digits or . _ : -; input.interview.language: must be an ISO 639-1 language code in lower case, e.g. sq',
      );
    });
  });

  describe('regions', () => {
    it('lists the configured regions with English and Albanian labels to every staff role', async () => {
      for (const user of ['police.tirana', 'ra.officer', 'cm.shelter-a', 'coordinator']) {
        const token = await subgraph.tokenFor(user);
        const english = await subgraph.graphql<{ regions: Array<{ code: string; label: string }> }>(REGIONS, {}, token);
        expect(english.errors).toBeUndefined();
        expect(english.data!.regions).toHaveLength(12);
        expect(english.data!.regions).toContainEqual({ code: 'TIRANA', label: 'Tirana' });
        const albanian = await subgraph.graphql<{ regions: Array<{ code: string; label: string }> }>(REGIONS, { locale: 'sq' }, token);
        expect(albanian.data!.regions).toContainEqual({ code: 'TIRANA', label: 'Tiranë' });
        expect(albanian.data!.regions).toContainEqual({ code: 'KORCE', label: 'Korçë' });
      }
    });

    it('refuses the region list without a token', async () => {
      const { errors } = await subgraph.graphql(REGIONS, {});
      expect(errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    });

    it('takes a region code in any case in the submission, stored upper-case', async () => {
      const { data, errors } = await submit(adultInput({ region: 'gjirokaster' }));
      expect(errors).toBeUndefined();
      expect(data!.submitInitialIdentification.region).toBe('GJIROKASTER');
    });

    it('refuses an unknown region in the submission and in the filter alike, naming the field', async () => {
      const submission = await refusalOf(adultInput({ region: 'nope' }));
      expect(submission.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.region'] });
      expect(submission.message).toMatch(/regions query/);
      const ra = await subgraph.tokenFor('ra.officer');
      for (const region of ['NOPE', 'nope', 'Gjirokastër']) {
        const { data, errors } = await subgraph.graphql(LIST, { filter: { region } }, ra);
        expect(data?.['initialIdentifications'] ?? null).toBeNull();
        expect(errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['filter.region'] });
        expect(errors?.[0]?.message).toMatch(/regions query/);
      }
    });

    it('filters by a region code given in lower case as by the upper-case one', async () => {
      const submitted = await submit(adultInput({ region: 'KORCE' }));
      const ra = await subgraph.tokenFor('ra.officer');
      type Page = { initialIdentifications: { edges: Array<{ node: { id: string; region: string } }> } };
      const lower = await subgraph.graphql<Page>(LIST, { filter: { region: 'korce' } }, ra);
      expect(lower.errors).toBeUndefined();
      const nodes = lower.data!.initialIdentifications.edges.map((edge) => edge.node);
      expect(nodes.map((node) => node.id)).toContain(submitted.data!.submitInitialIdentification.id);
      expect(nodes.every((node) => node.region === 'KORCE')).toBe(true);
    });

    it('refuses a region of the wrong type in the filter', async () => {
      const { errors } = await subgraph.graphql(LIST, { filter: { region: 42 } }, await subgraph.tokenFor('ra.officer'));
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    });
  });
});
