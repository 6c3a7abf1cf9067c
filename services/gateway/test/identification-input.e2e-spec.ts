import { randomUUID } from 'node:crypto';
import { startStack, type Stack } from '@nrm/testing';

// The identification input rules (docs/api.md, initial identification) through the gateway, as the demo users.
const SUBMIT = `mutation Submit($input: SubmitInitialIdentificationInput!) {
  submitInitialIdentification(input: $input) { id region person { id } }
}`;
const LIST = `query List($filter: InitialIdentificationFilter) { initialIdentifications(first: 50, filter: $filter) { edges { node { id region } } } }`;
const REGIONS = `query Regions($locale: String) { regions(locale: $locale) { code label } }`;

const input = (overrides: Record<string, unknown> = {}, person: Record<string, unknown> = {}) => ({
  clientRequestId: `e2e-${randomUUID()}`,
  person: { givenName: 'Elira', familyName: 'Inputtest', dateOfBirth: '1995-07-14', sex: 'FEMALE', citizenship: ['AL'], languages: ['sq'], ...person },
  venue: 'INLAND',
  region: 'TIRANA',
  indicatorCodes: ['A01_RECRUITMENT_DECEPTIVE_OFFER', 'B15_DEBT_BONDAGE', 'C02_FORCED_LABOUR_SERVICES'],
  exploitationTypes: ['FORCED_LABOUR'],
  interview: { consentToInterview: true, language: 'sq', interpreterUsed: false, privateSetting: true },
  immediateNeeds: ['MEDICAL'],
  ...overrides,
});

interface Submitted {
  submitInitialIdentification: { id: string; region: string; person: { id: string } } | null;
}
interface Regions {
  regions: Array<{ code: string; label: string }>;
}

describe('identification input rules through the gateway', () => {
  let stack: Stack;
  let police: string;

  beforeAll(async () => {
    stack = await startStack();
    police = await stack.tokenFor('police.tirana');
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
  });

  const refusal = async (variables: Record<string, unknown>) => {
    const { data, errors } = await stack.graphql<Submitted>(SUBMIT, variables, police);
    expect(data?.submitInitialIdentification ?? null).toBeNull();
    return errors![0]!;
  };

  it.each([
    ['2999-01-01', /must not be in the future/],
    ['1800-01-01', /at most 120 years ago/],
  ])('refuses the date of birth %s as BAD_USER_INPUT naming input.person.dateOfBirth', async (dateOfBirth, expected) => {
    const error = await refusal({ input: input({}, { dateOfBirth }) });
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.person.dateOfBirth'] });
    expect(error.message).toMatch(expected);
  });

  it('refuses a date of birth contradicting the estimated age', async () => {
    const error = await refusal({ input: input({}, { dateOfBirth: '1995-07-14', estimatedAge: 12 }) });
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.person.dateOfBirth'] });
    expect(error.message).toMatch(/estimatedAge/);
  });

  it('accepts XK citizenship, and refuses an unknown code saying what is expected', async () => {
    const kosovar = await stack.graphql<Submitted>(SUBMIT, { input: input({}, { citizenship: ['XK'] }) }, police);
    expect(kosovar.errors).toBeUndefined();
    const error = await refusal({ input: input({}, { citizenship: ['XX'] }) });
    expect(error).toMatchObject({
      message: 'input.person.citizenship: must be ISO 3166-1 alpha-2 codes or XK',
      extensions: { code: 'BAD_USER_INPUT', fields: ['input.person.citizenship'] },
    });
  });

  it('refuses control characters, very long strings and wrong types, naming the field and what it expects', async () => {
    const control = await refusal({ input: input({}, { givenName: 'El\u0007ira' }) });
    expect(control.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.person.givenName'] });
    expect(control.message).toMatch(/must be text without control characters/);
    const long = await refusal({ input: input({}, { familyName: 'x'.repeat(10_000) }) });
    expect(long).toMatchObject({ message: 'input.person.familyName: must be 1 to 200 characters', extensions: { fields: ['input.person.familyName'] } });
    const wrongType = await refusal({ input: input({}, { estimatedAge: '30' }) });
    expect(wrongType).toMatchObject({ message: 'input.person.estimatedAge: must be of type Int', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('lists the regions in English and Albanian to staff of every kind', async () => {
    for (const user of ['police.tirana', 'ra.officer', 'cm.shelter-a', 'coordinator']) {
      const token = await stack.tokenFor(user);
      const english = await stack.graphql<Regions>(REGIONS, {}, token);
      expect(english.errors).toBeUndefined();
      expect(english.data!.regions).toHaveLength(12);
      expect(english.data!.regions).toContainEqual({ code: 'GJIROKASTER', label: 'Gjirokastër' });
      const albanian = await stack.graphql<Regions>(REGIONS, { locale: 'sq' }, token);
      expect(albanian.data!.regions).toContainEqual({ code: 'TIRANA', label: 'Tiranë' });
    }
  });

  it('takes region codes in any case in the submission and the filter, and refuses an unknown one in both', async () => {
    const submitted = await stack.graphql<Submitted>(SUBMIT, { input: input({ region: 'gjirokaster' }) }, police);
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.submitInitialIdentification!.region).toBe('GJIROKASTER');
    const ra = await stack.tokenFor('ra.officer');
    const page = await stack.graphql<{ initialIdentifications: { edges: Array<{ node: { id: string; region: string } }> } }>(
      LIST,
      { filter: { region: 'gjirokaster' } },
      ra,
    );
    expect(page.errors).toBeUndefined();
    expect(page.data!.initialIdentifications.edges.map((edge) => edge.node.id)).toContain(submitted.data!.submitInitialIdentification!.id);
    const unknownInput = await refusal({ input: input({ region: 'NOPE' }) });
    expect(unknownInput.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.region'] });
    const unknownFilter = await stack.graphql(LIST, { filter: { region: 'NOPE' } }, ra);
    expect(unknownFilter.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['filter.region'] });
  });
});
