export * from './runtime';
export * from './health.controller';
export * from './messaging';
export * from './service-kit.module';
export * from './graphql';
export * from './run-service';
export * from './service-app';
// Internal REST lives in @nrm/auth (the audit library calls peers too); services import it from here as before.
export {
  getFromPeer,
  type InternalCall,
  type InternalPeer,
  InternalRestErrorFilter,
  type InternalRestErrorBody,
  malformedAnswer,
  type PeerCallRequest,
  personIdParam,
} from '@nrm/auth';
export * from './person-export';
export * from './person-export.controller';
export * from './correlation.middleware';
export * from './request-body';
export * from './clock';
export * from './request-memo';
export * from './repeating-job';
export * from './queued-jobs';
export * from './job-metrics';
export * from './failed-jobs';
export * from './event-history.repository';
export * from './event-history.controller';
export * from './event-history.module';
