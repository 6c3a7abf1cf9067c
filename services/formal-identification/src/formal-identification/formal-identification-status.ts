import { registerEnumType } from '@nestjs/graphql';

/** The workflow of one formal identification; the person's identification status follows its outcome. */
export enum FormalIdentificationStatus {
  REQUESTED = 'REQUESTED',
  GROUP_CONVENED = 'GROUP_CONVENED',
  CONCLUDED = 'CONCLUDED',
}

registerEnumType(FormalIdentificationStatus, { name: 'FormalIdentificationStatus' });
