import { randomUUID } from 'node:crypto';
import { Role } from '@nrm/domain';
import { ApiErrorCode } from '@nrm/graphql';
import { NotificationKind } from './notification-kind';
import { NotificationException } from './notification.exception';
import type { Notification } from './notification.model';
import type { NotificationReader, NotificationRepository } from './notification.repository';
import { NotificationService } from './notification.service';
import type { NotificationSignal } from './notification-signal';
import type { ReaderTeamFunctionClient } from './reader-team-function.client';

const reader: NotificationReader = { subject: 'user-1', agencyId: 'responsible-authority', roles: [Role.RA_OFFICER] };

function notification(readAt: Date | null = null): Notification {
  return {
    id: randomUUID(),
    kind: NotificationKind.NEW_IDENTIFICATION,
    subjectRef: 'NRM-2026-000001',
    subjectId: randomUUID(),
    createdAt: new Date(),
    dueAt: null,
    readAt,
    deadlineKind: null,
    acknowledgedBy: null,
    acknowledgedAt: null,
  };
}

function repository(overrides: Partial<Record<keyof NotificationRepository, jest.Mock>>): NotificationRepository {
  return { addAll: jest.fn(), listFor: jest.fn(), findFor: jest.fn(), markRead: jest.fn(), ...overrides } as unknown as NotificationRepository;
}

const noTeamFunctions = { teamFunctionOf: jest.fn().mockResolvedValue(null) } as unknown as ReaderTeamFunctionClient;
/** Waiting reads have their integration test (notifications.int-spec.ts); nothing here waits. */
const noSignal = { next: jest.fn() } as unknown as NotificationSignal;

describe('NotificationService', () => {
  it('lists 50 of all notifications unless told otherwise', async () => {
    const listFor = jest.fn().mockResolvedValue([]);
    await new NotificationService(repository({ listFor }), noTeamFunctions, noSignal).list(reader, {});
    expect(listFor).toHaveBeenCalledWith(reader, { unreadOnly: false, first: 50 });
  });

  it('answers NOT_FOUND for a notification not addressed to the reader, and records nothing', async () => {
    const markRead = jest.fn();
    const service = new NotificationService(repository({ findFor: jest.fn().mockResolvedValue(undefined), markRead }), noTeamFunctions, noSignal);
    const error = await service.markRead(reader, randomUUID()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NotificationException);
    expect((error as NotificationException).apiCode).toBe(ApiErrorCode.NOT_FOUND);
    expect(markRead).not.toHaveBeenCalled();
  });

  it('keeps the first read time of a notification already read', async () => {
    const read = notification(new Date('2026-03-01T08:00:00Z'));
    const markRead = jest.fn();
    const service = new NotificationService(repository({ findFor: jest.fn().mockResolvedValue(read), markRead }), noTeamFunctions, noSignal);
    await expect(service.markRead(reader, read.id)).resolves.toBe(read);
    expect(markRead).not.toHaveBeenCalled();
  });

  it('records the read for the reader only, then returns it with its read time', async () => {
    const unread = notification();
    const read = { ...unread, readAt: new Date() };
    const markRead = jest.fn();
    const service = new NotificationService(repository({ findFor: jest.fn().mockResolvedValueOnce(unread).mockResolvedValueOnce(read), markRead }), noTeamFunctions, noSignal);
    await expect(service.markRead(reader, unread.id)).resolves.toBe(read);
    expect(markRead).toHaveBeenCalledWith(unread.id, 'user-1');
  });
});
