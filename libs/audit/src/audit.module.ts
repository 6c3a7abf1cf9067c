import { type DynamicModule, Global, Module } from '@nestjs/common';
import { AuditFlushPlugin } from './audit-flush.plugin';
import { AuditRecorder } from './audit-recorder';
import { AuditTrailReader } from './audit-trail.reader';
import { RoleDenialAuditFilter } from './role-denial-audit.filter';
import { AUDIT_OPTIONS, type AuditOptions, AuditWriter } from './audit-writer';

/**
 * The audit trail of one service (its own schema): the writer for use cases, the request recorder for access
 * decisions, the Apollo plugin that flushes the recorder before each response, and the reader. Needs the service's
 * DataSource (ServiceKitModule provides it globally).
 */
@Global()
@Module({})
export class AuditModule {
  static forRoot(options: AuditOptions): DynamicModule {
    return {
      module: AuditModule,
      providers: [{ provide: AUDIT_OPTIONS, useValue: options }, AuditWriter, AuditRecorder, AuditTrailReader, AuditFlushPlugin, RoleDenialAuditFilter],
      exports: [AuditWriter, AuditRecorder, AuditTrailReader, RoleDenialAuditFilter],
    };
  }
}
