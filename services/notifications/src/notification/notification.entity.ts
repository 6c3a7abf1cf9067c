import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Role, TeamFunction } from '@nrm/domain';
import type { NotificationKind } from './notification-kind';

/** One notification per audience (agency + roles), never one copy per user. */
@Entity({ name: 'notification' })
export class NotificationEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  kind: NotificationKind;

  /** The NRM reference (or a referral/case id); never a name. */
  @Column('text', { name: 'subject_ref' })
  subjectRef: string;

  @Column('uuid', { name: 'subject_id' })
  subjectId: string;

  /** Null: every agency whose staff hold one of `audienceRoles`. */
  @Column('text', { name: 'audience_agency_id', nullable: true })
  audienceAgencyId: string | null;

  @Column('text', { name: 'audience_roles', array: true })
  audienceRoles: Role[];

  /** Also the audience agency's members with this team function in the directory (docs/domain.md §2 step 4). */
  @Column('text', { name: 'audience_team_function', nullable: true })
  audienceTeamFunction: TeamFunction | null;

  /** One user of the audience agency (a plan action's team member), who alone reads it; then no roles. */
  @Column('text', { name: 'audience_user_subject', nullable: true })
  audienceUserSubject: string | null;

  @Column('timestamptz', { name: 'due_at', nullable: true })
  dueAt: Date | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('uuid', { name: 'source_event_id' })
  sourceEventId: string;
}

/** Read state is per user: one row when a user marks a notification read. */
@Entity({ name: 'notification_read' })
export class NotificationReadEntity {
  @PrimaryColumn('uuid', { name: 'notification_id' })
  notificationId: string;

  /** The reader's Keycloak id (`sub`). */
  @PrimaryColumn('text', { name: 'user_subject' })
  userSubject: string;

  @Column('timestamptz', { name: 'read_at' })
  readAt: Date;
}
