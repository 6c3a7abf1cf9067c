import { Inject, Injectable } from '@nestjs/common';
import {
  EXPORT_REQUEST_PARAM,
  getFromPeer,
  type InternalPeer,
  malformedAnswer,
  type PeerCallRequest,
  PERSON_EXPORT_ROUTE,
  type PersonExportPart,
  SERVICE_RUNTIME,
  type ServiceRuntime,
} from '@nrm/service-kit';
import { type IdentificationConfig, personExportPeers } from '../config';
import { exportPartToken } from './export-part-token';

/**
 * The other services' parts of a subject access export, each from `GET {<NAME>_INTERNAL_URL}/internal/person-export/
 * :personId?exportRequest=…` with the caller's own bearer token (each service checks the role itself, then claims the
 * export request id back from identification, once). Any part that does not arrive, or arrives malformed, fails the
 * whole export with an error naming the service: the document is never silently partial.
 */
@Injectable()
export class PersonExportPartsClient {
  readonly peers: readonly InternalPeer[];
  private readonly timeoutMs: number;

  constructor(@Inject(SERVICE_RUNTIME) runtime: ServiceRuntime<IdentificationConfig>) {
    const config = runtime.config;
    this.peers = personExportPeers(config);
    this.timeoutMs = config.PEER_TIMEOUT_MS;
  }

  /** One part per peer, in the configured order. */
  parts(request: PeerCallRequest, person: { id: string }, exportToken: string): Promise<PersonExportPart[]> {
    return Promise.all(
      this.peers.map(async (peer) => {
        // Each peer gets a token of its own: none can claim, or pass on, another service's part.
        const token = exportPartToken(exportToken, peer.service);
        const path = `/${PERSON_EXPORT_ROUTE}/${encodeURIComponent(person.id)}?${new URLSearchParams({ [EXPORT_REQUEST_PARAM]: token }).toString()}`;
        const call = { peer, path, request, timeoutMs: this.timeoutMs, purpose: 'Subject access export' };
        const body = (await getFromPeer(call)) as Partial<PersonExportPart> | null;
        const data = body?.data;
        if (body?.service !== peer.service || body.personId !== person.id || typeof data !== 'object' || data === null || Array.isArray(data)) {
          throw malformedAnswer(call);
        }
        return { service: peer.service, personId: person.id, data };
      }),
    );
  }
}
