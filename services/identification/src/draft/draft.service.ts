import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '@nrm/auth';
import { Clock, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import { addDays } from 'date-fns/addDays';
import type { IdentificationConfig } from '../config';
import { IdentificationService } from '../identification/identification.service';
import type { SaveIdentificationDraftInput } from './dto/save-identification-draft.input';
import { DraftException, DraftExceptionCode } from './draft.exception';
import { DraftRepository, type DraftRow } from './draft.repository';

/** How many drafts myIdentificationDrafts lists: a first responder has a handful open, never hundreds. */
const MAX_LISTED_DRAFTS = 100;

/** The same answer for an unknown draft, someone else's and an expired one: no draft's existence leaks. */
const notFound = (): DraftException => new DraftException(DraftExceptionCode.DRAFT_NOT_FOUND, 'Draft not found');

/**
 * Server-side drafts of an initial identification (docs/api.md, "Drafts"). A draft is its author's alone (not their
 * colleagues'); the submission that uses its clientRequestId consumes it in the submission's own statement, so exactly
 * once; a draft not saved for DRAFT_RETENTION_DAYS is erased. Its payload is personal data: it is never logged, never
 * repeated in an error and never leaves this service.
 */
@Injectable()
export class DraftService {
  private readonly config: IdentificationConfig;

  constructor(
    private readonly drafts: DraftRepository,
    private readonly identifications: IdentificationService,
    private readonly clock: Clock,
    @Inject(SERVICE_RUNTIME) runtime: ServiceRuntime<IdentificationConfig>,
  ) {
    this.config = runtime.config;
  }

  async save(input: SaveIdentificationDraftInput, principal: Principal): Promise<DraftRow> {
    this.checkPayload(input.payload);
    const now = this.clock.now();
    await this.drafts.purgeExpired(now);
    if (await this.identifications.clientRequestUsed(principal.agencyId, input.clientRequestId)) {
      throw new DraftException(
        DraftExceptionCode.ALREADY_SUBMITTED,
        'This clientRequestId was already submitted: a new draft needs a new clientRequestId',
        ['input.clientRequestId'],
      );
    }
    const expiresAt = addDays(now, this.config.DRAFT_RETENTION_DAYS);
    if (input.draftId) {
      const saved = await this.drafts.update(input.draftId.toLowerCase(), principal.subject, input.clientRequestId, input.payload, now, expiresAt);
      if (!saved) throw notFound();
      return saved;
    }
    const saved = await this.drafts.upsertByClientRequest(
      { id: randomUUID(), authorSubject: principal.subject, authorAgencyId: principal.agencyId, clientRequestId: input.clientRequestId, payload: input.payload, expiresAt },
      now,
    );
    if (!saved) {
      throw new DraftException(DraftExceptionCode.CLIENT_REQUEST_TAKEN, 'This clientRequestId is in use: choose a new one', ['input.clientRequestId']);
    }
    return saved;
  }

  async find(id: string, principal: Principal): Promise<DraftRow> {
    const draft = await this.drafts.findLive(id, principal.subject, this.clock.now());
    if (!draft) throw notFound();
    return draft;
  }

  list(principal: Principal): Promise<DraftRow[]> {
    return this.drafts.listLive(principal.subject, this.clock.now(), MAX_LISTED_DRAFTS);
  }

  async discard(id: string, principal: Principal): Promise<boolean> {
    if (!(await this.drafts.delete(id, principal.subject))) throw notFound();
    return true;
  }

  /** A JSON object of bounded size, with nothing PostgreSQL's jsonb refuses; the message never repeats the payload. */
  private checkPayload(payload: string): void {
    if (Buffer.byteLength(payload, 'utf8') > this.config.DRAFT_MAX_BYTES) {
      throw new DraftException(DraftExceptionCode.PAYLOAD_TOO_LARGE, `payload must be at most ${this.config.DRAFT_MAX_BYTES} bytes`, ['input.payload']);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(payload);
    } catch {
      parsed = undefined;
    }
    const isObject = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed);
    // jsonb stores no NUL character, raw or escaped; refuse it here rather than fail in the driver.
    if (!isObject || payload.includes('\u0000') || /\\u0000/i.test(payload)) {
      throw new DraftException(DraftExceptionCode.PAYLOAD_NOT_JSON_OBJECT, 'payload must be JSON text of an object, without NUL characters', ['input.payload']);
    }
  }
}
