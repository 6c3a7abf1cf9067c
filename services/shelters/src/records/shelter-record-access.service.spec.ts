import type { AuthenticatedRequest, Principal } from '@nrm/auth';
import { AgencyType, DataCategory, Role } from '@nrm/domain';
import type { AuditRecorder, DenialAuditor } from '@nrm/audit';
import type { Clock } from '@nrm/service-kit';
import type { CaseService } from '../cases/case.service';
import type { IdentificationFactsClient } from './identification-facts.client';
import type { NeedsAssessmentService } from './needs-assessment.service';
import { ShelterRecordAccessService } from './shelter-record-access.service';

const PERSON = '6f1c1b9e-3f7a-4d55-9a43-0c8b8f0d2a11';

function principal(agencyId: string): Principal {
  return {
    subject: `cm-${agencyId}`,
    username: `cm.${agencyId}`,
    roles: [Role.CASE_MANAGER],
    agencyId,
    agencyType: AgencyType.SHELTER_NGO,
    clientId: 'nrm-cli',
    tokenId: undefined,
    expiresAt: new Date('2099-01-01T00:00:00Z'),
    correlationId: null,
  };
}

describe('ShelterRecordAccessService: the shelter’s own facts, once per request', () => {
  function service() {
    const cases = { hasOpenCase: jest.fn(async (_person: string, agencyId: string) => agencyId === 'shelter-a') };
    const assessments = { ownersOf: jest.fn(async () => ['shelter-a']), ofCategory: jest.fn(async () => []) };
    const facts = { factsFor: jest.fn(async () => ({ isChild: false, recordingAgency: false, relationships: [], permissions: [] })) };
    const audit = { record: jest.fn(async () => undefined) };
    const denials = { record: jest.fn(async () => undefined) };
    const clock = { now: () => new Date('2026-06-01T00:00:00Z') };
    const access = new ShelterRecordAccessService(
      cases as unknown as CaseService,
      assessments as unknown as NeedsAssessmentService,
      facts as unknown as IdentificationFactsClient,
      audit as unknown as AuditRecorder,
      denials as unknown as DenialAuditor,
      clock as unknown as Clock,
    );
    return { access, cases, assessments };
  }
  const newRequest = () => ({ headers: {} }) as unknown as AuthenticatedRequest;

  it('loads OPEN_CASE and the owners once for every category a case page asks for in one request', async () => {
    const { access, cases, assessments } = service();
    const request = newRequest();
    const categories = [DataCategory.PSYCHOSOCIAL, DataCategory.HEALTH, DataCategory.LEGAL, DataCategory.PSYCHOSOCIAL, DataCategory.FAMILY];
    const answers = await Promise.all(categories.map((category) => access.allowedOwners(request, principal('shelter-a'), PERSON, category)));
    expect(answers).toEqual(categories.map(() => ['shelter-a']));
    expect(cases.hasOpenCase).toHaveBeenCalledTimes(1);
    expect(assessments.ownersOf).toHaveBeenCalledTimes(1);
  });

  it('never serves one request’s facts to the next: a case closed or a shelter added in between counts at once', async () => {
    const { access, cases, assessments } = service();
    await access.allowedOwners(newRequest(), principal('shelter-a'), PERSON, DataCategory.HEALTH);
    assessments.ownersOf.mockResolvedValueOnce(['shelter-a', 'shelter-b']);
    cases.hasOpenCase.mockResolvedValueOnce(false);
    await access.allowedOwners(newRequest(), principal('shelter-a'), PERSON, DataCategory.HEALTH);
    expect(cases.hasOpenCase).toHaveBeenCalledTimes(2);
    expect(assessments.ownersOf).toHaveBeenCalledTimes(2);
  });

  it('keeps the facts of another agency or another person apart within one request', async () => {
    const { access, cases } = service();
    const request = newRequest();
    await access.allowedOwners(request, principal('shelter-a'), PERSON, DataCategory.HEALTH);
    await expect(access.allowedOwners(request, principal('shelter-b'), PERSON, DataCategory.HEALTH)).rejects.toThrow();
    await access.allowedOwners(request, principal('shelter-a'), '0b7c9a52-8f0e-4a3b-9d1e-5c2f7a6b8e90', DataCategory.HEALTH);
    expect(cases.hasOpenCase.mock.calls.map(([person, agency]) => [person, agency])).toEqual([
      [PERSON, 'shelter-a'],
      [PERSON, 'shelter-b'],
      ['0b7c9a52-8f0e-4a3b-9d1e-5c2f7a6b8e90', 'shelter-a'],
    ]);
  });
});
