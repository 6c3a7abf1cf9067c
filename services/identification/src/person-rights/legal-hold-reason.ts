import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

/** Why a legal hold stops erasure: a code from this list, never free text about the proceedings or the person. */
export enum LegalHoldReasonCode {
  /** Criminal proceedings are open in which the person's data may be evidence. */
  CRIMINAL_PROCEEDINGS = 'CRIMINAL_PROCEEDINGS',
  /** A criminal investigation is under way, before any charge. */
  CRIMINAL_INVESTIGATION = 'CRIMINAL_INVESTIGATION',
  /** A court or prosecutor has ordered the data preserved. */
  PRESERVATION_ORDER = 'PRESERVATION_ORDER',
  /** The person's claim for compensation is pending and relies on the record. */
  COMPENSATION_CLAIM = 'COMPENSATION_CLAIM',
}

registerEnumType(LegalHoldReasonCode, { name: 'LegalHoldReasonCode' });

export const DEFAULT_LEGAL_HOLD_LOCALE = 'en';

/** Labels per locale; a locale without a label falls back to English. */
export const LEGAL_HOLD_REASON_LABELS: Readonly<Record<LegalHoldReasonCode, Readonly<Record<string, string>>>> = {
  [LegalHoldReasonCode.CRIMINAL_PROCEEDINGS]: { en: 'Open criminal proceedings', sq: 'Procedim penal në vazhdim' },
  [LegalHoldReasonCode.CRIMINAL_INVESTIGATION]: { en: 'Criminal investigation under way', sq: 'Hetim penal në vazhdim' },
  [LegalHoldReasonCode.PRESERVATION_ORDER]: { en: 'Order to preserve the data', sq: 'Urdhër për ruajtjen e të dhënave' },
  [LegalHoldReasonCode.COMPENSATION_CLAIM]: { en: 'Pending compensation claim', sq: 'Kërkesë për kompensim në pritje' },
};

@ObjectType({ description: 'A reason a legal hold may be set for: setLegalHold takes its code' })
export class LegalHoldReason {
  @Field(() => LegalHoldReasonCode)
  code: LegalHoldReasonCode;

  @Field()
  label: string;
}
