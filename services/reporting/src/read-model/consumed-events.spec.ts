import { join } from 'node:path';
import * as ts from 'typescript';
import { eventTypesConsumedBy, ServiceName } from '@nrm/events';
import { READ_MODEL_EVENT_TYPES } from './fact-fold';

/*
 * What reaches the reporting service carries no personal field (docs/statistics.md): every property, at every depth,
 * of the payload of every event it consumes, read from the contract's types by the TypeScript checker, is one of
 * these ids, references, codes and times. A field added to one of those events must be added here, knowingly.
 */
const ALLOWED_FIELDS = new Set([
  // ids inside the platform (the read model keeps none of them: it keys by pseudonym) and the NRM reference
  'identificationId', 'personId', 'reference', 'recordingAgencyId', 'verificationId', 'referralId', 'providerAgencyId', 'caseId',
  'formalIdentificationId', 'residencePermitId', 'aliasPersonId', 'canonicalPersonId', 'memberAgencyIds', 'agencyId',
  // routing codes and flags
  'isChild', 'region', 'anonymous', 'routing', 'sex', 'foreign', 'accompanyingChildren', 'childProtectionUnit', 'ofRegion', 'outcome', 'urgent',
  'placementType', 'status', 'closureType', 'phase', 'type',
  // times
  'admittedAt', 'assessmentsDueAt', 'nextContactDueAt', 'requestedAt', 'dueAt', 'expiresAt',
  // StatisticalFacts: codes only
  'statistics', 'identifiedAt', 'ageGroup', 'ageBand', 'citizenshipGroup', 'citizenshipCountry', 'exploitationTypes', 'agencyType',
  'placeOfExploitation', 'entryRoute', 'venue', 'meansOfControl', 'recruiterRelations', 'countriesOfExploitation', 'childAtExploitation',
]);

function payloadFields(): Map<string, string[]> {
  const file = join(__dirname, '..', '..', '..', '..', 'libs', 'events', 'src', 'contracts.ts');
  const program = ts.createProgram([file], { strict: true, skipLibCheck: true, noEmit: true, baseUrl: join(__dirname, '..', '..', '..', '..'), paths: { '@nrm/domain': ['libs/domain/src/index.ts'] } });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file) as ts.SourceFile;
  const payloads = source.statements.find((statement): statement is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(statement) && statement.name.text === 'EventPayloads');
  if (!payloads) throw new Error('EventPayloads not found');
  const fields = new Map<string, string[]>();
  const collect = (type: ts.Type, into: string[], depth: number) => {
    if (depth > 5) return;
    for (const part of type.isUnion() ? type.types : [type]) {
      const element = checker.isArrayType(part) ? (checker.getTypeArguments(part as ts.TypeReference)[0] as ts.Type) : part;
      if (!(element.flags & ts.TypeFlags.Object)) continue;
      for (const property of checker.getPropertiesOfType(element)) {
        into.push(property.name);
        collect(checker.getNonNullableType(checker.getTypeOfSymbol(property)), into, depth + 1);
      }
    }
  };
  for (const member of payloads.members) {
    if (!ts.isPropertySignature(member) || !member.type || !ts.isStringLiteral(member.name)) continue;
    const names: string[] = [];
    collect(checker.getTypeFromTypeNode(member.type), names, 0);
    fields.set(member.name.text, names);
  }
  return fields;
}

describe('the events the reporting service consumes', () => {
  it('are the ones its writer handles', () => {
    expect([...eventTypesConsumedBy(ServiceName.REPORTING)].sort()).toEqual([...READ_MODEL_EVENT_TYPES].sort());
  });

  it('carry ids, references, codes and times only: no personal field at any depth', () => {
    const fields = payloadFields();
    for (const type of READ_MODEL_EVENT_TYPES) {
      const names = fields.get(type);
      expect(names?.length).toBeGreaterThan(0);
      expect({ type, unexpected: (names ?? []).filter((name) => !ALLOWED_FIELDS.has(name)) }).toEqual({ type, unexpected: [] });
    }
    // The checker does see nested fields (StatisticalFacts inside identification.submitted).
    expect(fields.get('identification.submitted')).toEqual(expect.arrayContaining(['statistics', 'exploitationTypes', 'meansOfControl']));
  });
});
