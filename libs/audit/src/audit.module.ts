import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AuditFlushPlugin } from './audit-flush.plugin';
import { AuditPeersClient } from './audit-peers.client';
import { AuditRecorder } from './audit-recorder';
import { AuditTrailController } from './audit-trail.controller';
import { AuditTrailReader } from './audit-trail.reader';
import { FederatedAuditTrail } from './federated-trail';
import { DenialAuditor, unknownPersonDenialsPerMinute } from './denial-auditor';
import { RoleDenialAuditFilter } from './role-denial-audit.filter';
import { AUDIT_OPTIONS, type AuditOptions, AuditWriter } from './audit-writer';

/**
 * The audit trail of one service (its own schema): the writer for use cases, the request recorder for access
 * decisions, the Apollo plugin that flushes the recorder before each response, the global filter that records denied
 * attempts (RoleDenialAuditFilter), the reader, and the internal endpoints
 * that let the federating service read and verify this chain (AuditTrailController). With `peers`, FederatedAuditTrail
 * covers their chains too. Needs the service's DataSource (ServiceKitModule provides it globally).
 */
/** What `AuditModule.forService` reads of a service process (its runtime: name, schema and configuration). */
export interface AuditedService {
  name: string;
  schema: string;
  config: { AUDIT_UNKNOWN_PERSON_DENIALS_PER_MINUTE: number };
}

@Global()
@Module({})
export class AuditModule {
  /**
   * The trail of a service from its runtime: its schema and name, the per-minute limit of its configuration
   * (auditChainConfigShape), and what only the service knows (the persons it holds, the peers it federates).
   */
  static forService(service: AuditedService, options: Pick<AuditOptions, 'knownPersonsQuery' | 'peers' | 'peerTimeoutMs'>): DynamicModule {
    return AuditModule.forRoot({
      schema: service.schema,
      service: service.name,
      unknownPersonDenials: unknownPersonDenialsPerMinute(service.config.AUDIT_UNKNOWN_PERSON_DENIALS_PER_MINUTE),
      ...options,
    });
  }

  static forRoot(options: AuditOptions): DynamicModule {
    return {
      module: AuditModule,
      controllers: [AuditTrailController],
      providers: [
        { provide: AUDIT_OPTIONS, useValue: options },
        AuditWriter,
        AuditRecorder,
        AuditTrailReader,
        AuditPeersClient,
        FederatedAuditTrail,
        AuditFlushPlugin,
        DenialAuditor,
        RoleDenialAuditFilter,
        // Global: every FORBIDDEN about a person, on any operation or field, becomes a DENIED entry. Registered after
        // the service kit's catch-all filter, so Nest asks this one first (the last global filter registered is tried
        // first); it hands the error on unchanged.
        { provide: APP_FILTER, useClass: RoleDenialAuditFilter },
      ],
      exports: [AuditWriter, AuditRecorder, AuditTrailReader, FederatedAuditTrail, DenialAuditor, RoleDenialAuditFilter],
    };
  }
}
