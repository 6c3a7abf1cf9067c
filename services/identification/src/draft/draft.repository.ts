import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface DraftRow {
  id: string;
  authorSubject: string;
  authorAgencyId: string;
  clientRequestId: string;
  payload: string;
  createdAt: Date;
  updatedAt: Date;
  expiresAt: Date;
}

interface RawDraft {
  id: string;
  author_subject: string;
  author_agency_id: string;
  client_request_id: string;
  payload: string;
  created_at: Date;
  updated_at: Date;
  expires_at: Date;
}

// The payload is read back as the text PostgreSQL normalised it to (jsonb), never parsed on the server.
const COLUMNS = `id, author_subject, author_agency_id, client_request_id, payload::text AS payload, created_at, updated_at, expires_at`;

const toRow = (row: RawDraft): DraftRow => ({
  id: row.id,
  authorSubject: row.author_subject,
  authorAgencyId: row.author_agency_id,
  clientRequestId: row.client_request_id,
  payload: row.payload,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  expiresAt: row.expires_at,
});

/**
 * The identification_draft table. Every query names the author (the token's subject): a draft is never read, saved or
 * discarded by anyone else, and an expired one reads as gone. The submission statement (identification.repository.ts)
 * deletes the draft it consumes in the same statement as the identification it writes.
 */
@Injectable()
export class DraftRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Creates the author's draft of this clientRequestId, or saves it again; null when another author holds it. */
  async upsertByClientRequest(draft: Omit<DraftRow, 'createdAt' | 'updatedAt'>, now: Date): Promise<DraftRow | null> {
    const rows: RawDraft[] = await this.dataSource.query(
      `INSERT INTO identification.identification_draft (id, author_subject, author_agency_id, client_request_id, payload, created_at, updated_at, expires_at)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6, $6, $7)
       ON CONFLICT ON CONSTRAINT identification_draft_client_request DO UPDATE
         SET payload = EXCLUDED.payload, updated_at = EXCLUDED.updated_at, expires_at = EXCLUDED.expires_at
         WHERE identification.identification_draft.author_subject = EXCLUDED.author_subject
       RETURNING ${COLUMNS}`,
      [draft.id, draft.authorSubject, draft.authorAgencyId, draft.clientRequestId, draft.payload, now, draft.expiresAt],
    );
    return rows[0] ? toRow(rows[0]) : null;
  }

  /** Saves the author's live draft again; null when there is none with this id (unknown, someone else's, expired). */
  async update(id: string, authorSubject: string, clientRequestId: string, payload: string, now: Date, expiresAt: Date): Promise<DraftRow | null> {
    const [rows] = (await this.dataSource.query(
      `UPDATE identification.identification_draft SET payload = $4::jsonb, updated_at = $5, expires_at = $6
        WHERE id = $1 AND author_subject = $2 AND client_request_id = $3 AND expires_at > $5
        RETURNING ${COLUMNS}`,
      [id, authorSubject, clientRequestId, payload, now, expiresAt],
    )) as [RawDraft[], number];
    return rows[0] ? toRow(rows[0]) : null;
  }

  async findLive(id: string, authorSubject: string, now: Date): Promise<DraftRow | null> {
    const rows: RawDraft[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM identification.identification_draft WHERE id = $1 AND author_subject = $2 AND expires_at > $3`,
      [id, authorSubject, now],
    );
    return rows[0] ? toRow(rows[0]) : null;
  }

  async listLive(authorSubject: string, now: Date, limit: number): Promise<DraftRow[]> {
    const rows: RawDraft[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM identification.identification_draft
        WHERE author_subject = $1 AND expires_at > $2 ORDER BY updated_at DESC, id LIMIT $3`,
      [authorSubject, now, limit],
    );
    return rows.map(toRow);
  }

  /** True when the author's draft was there (and is now gone). */
  async delete(id: string, authorSubject: string): Promise<boolean> {
    const [, count] = (await this.dataSource.query(
      `DELETE FROM identification.identification_draft WHERE id = $1 AND author_subject = $2`,
      [id, authorSubject],
    )) as [unknown, number];
    return count > 0;
  }

  /** Erases every expired draft, whoever wrote it: a draft holds personal data and is kept no longer than needed. */
  async purgeExpired(now: Date): Promise<number> {
    const [, count] = (await this.dataSource.query(`DELETE FROM identification.identification_draft WHERE expires_at <= $1`, [now])) as [unknown, number];
    return count;
  }
}
