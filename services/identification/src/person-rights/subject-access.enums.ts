import { registerEnumType } from '@nestjs/graphql';

/** Who made a subject access request: the person, or a legal representative (a child's guardian, a lawyer with a mandate). */
export enum SubjectAccessRequester {
  PERSON = 'PERSON',
  LEGAL_REPRESENTATIVE = 'LEGAL_REPRESENTATIVE',
}

/** How the RA checked that the requester is who they say, before handing over everything held about the person. */
export enum RequesterIdentityCheck {
  /** An identity document (ID card, passport, residence permit) seen by the RA. */
  IDENTITY_DOCUMENT_SEEN = 'IDENTITY_DOCUMENT_SEEN',
  /** The person is known in person to the RA staff member who received the request. */
  KNOWN_TO_STAFF = 'KNOWN_TO_STAFF',
  /** Confirmed in person by the case manager of the shelter with the person's case. */
  CONFIRMED_BY_CASE_MANAGER = 'CONFIRMED_BY_CASE_MANAGER',
  /** The representative's mandate (guardianship decision, power of attorney) and their own identity document seen. */
  LEGAL_REPRESENTATIVE_MANDATE_SEEN = 'LEGAL_REPRESENTATIVE_MANDATE_SEEN',
}

/** The languages the person's copy can be rendered in (labels in subject-access.labels.ts). */
export enum DocumentLanguage {
  SQ = 'sq',
  EN = 'en',
}

registerEnumType(SubjectAccessRequester, { name: 'SubjectAccessRequester' });
registerEnumType(RequesterIdentityCheck, { name: 'RequesterIdentityCheck' });
registerEnumType(DocumentLanguage, { name: 'DocumentLanguage', description: 'sq (Albanian) or en (English)' });
