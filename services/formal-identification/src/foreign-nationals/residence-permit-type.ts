import { registerEnumType } from '@nestjs/graphql';

/** Residence permits of a foreign victim (docs/domain.md §2): A for recovery and reflection, B for social reasons or cooperation. */
export enum ResidencePermitType {
  /** Three months, regardless of cooperation with justice. */
  A = 'A',
  B = 'B',
}

registerEnumType(ResidencePermitType, { name: 'ResidencePermitType' });
