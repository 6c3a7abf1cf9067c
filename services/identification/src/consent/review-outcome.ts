import { registerEnumType } from '@nestjs/graphql';

/** The Responsible Authority's conclusion on a flagged grant or override. */
export enum ReviewOutcome {
  /** Justified: it stays in force until its expiry or withdrawal. */
  UPHELD = 'UPHELD',
  /** Not justified: it stops working at once (a grant is withdrawn on the person's behalf). */
  REVOKED = 'REVOKED',
}

registerEnumType(ReviewOutcome, { name: 'ReviewOutcome' });
