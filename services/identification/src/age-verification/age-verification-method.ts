import { registerEnumType } from '@nestjs/graphql';

/** How the Responsible Authority established the age (docs/domain.md, "Age and the presumption of childhood"). */
export enum AgeVerificationMethod {
  /** A genuine identity document (passport, identity card, birth certificate). */
  IDENTITY_DOCUMENT = 'IDENTITY_DOCUMENT',
  /** The civil registry of the person's country, or its consulate. */
  CIVIL_REGISTRY = 'CIVIL_REGISTRY',
  /** A medical age assessment (only as a last resort, with the person's or guardian's consent). */
  MEDICAL_ASSESSMENT = 'MEDICAL_ASSESSMENT',
  /** A multidisciplinary (psycho-social) age assessment. */
  MULTIDISCIPLINARY_ASSESSMENT = 'MULTIDISCIPLINARY_ASSESSMENT',
  /** A court or prosecutor's decision on the age. */
  JUDICIAL_DECISION = 'JUDICIAL_DECISION',
}

registerEnumType(AgeVerificationMethod, { name: 'AgeVerificationMethod' });
