import { Module } from '@nestjs/common';
import { AuditResolver } from './audit.resolver';

/** Oversight of the federated audit trail (the trail itself is @nrm/audit's AuditModule). */
@Module({
  providers: [AuditResolver],
})
export class AuditTrailModule {}
