import { randomUUID } from 'node:crypto';
import { startSubgraph, type SubgraphUnderTest } from '@nrm/testing';
import { identificationDefinition } from '../src/service-definition';

/**
 * The identification subgraph in-process on the run's database, with `env` on top of the defaults; `devImportFile`
 * replaces the dev identity provider's demo users and agencies.
 */
export function startIdentification(env: Record<string, string> = {}, devImportFile?: string): Promise<SubgraphUnderTest> {
  return startSubgraph({
    ...identificationDefinition,
    devImportFile,
    env,
  });
}

/** An adult's initial identification that meets the threshold (act, means, purpose), with a fresh clientRequestId. */
export function adultInput(overrides: Record<string, unknown> = {}) {
  return {
    clientRequestId: `req-${randomUUID()}`,
    person: { givenName: 'Arta', familyName: 'Test', dateOfBirth: '1998-03-02', sex: 'FEMALE', citizenship: ['AL'], languages: ['sq'] },
    venue: 'INLAND',
    region: 'TIRANA',
    indicatorCodes: ['A01_RECRUITMENT_DECEPTIVE_OFFER', 'B01_THREAT_TO_PERSON', 'C01_SEXUAL_EXPLOITATION'],
    exploitationTypes: ['SEXUAL'],
    interview: { consentToInterview: true, language: 'sq', interpreterUsed: false, privateSetting: true },
    immediateNeeds: ['MEDICAL', 'SAFE_ACCOMMODATION'],
    ...overrides,
  };
}
