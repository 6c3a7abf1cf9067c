import type { FormalIdentificationFieldsFragment } from '../../gql/graphql';

export type FormalIdentificationItem = FormalIdentificationFieldsFragment;

/** The group's seat the viewer holds in this request, if any: the API decides; this only shapes the page. */
export function seatOf(item: FormalIdentificationItem, viewerId: string | undefined): 'police' | 'social' | null {
  if (!viewerId) return null;
  if (item.policeMemberId === viewerId) return 'police';
  if (item.socialMemberId === viewerId) return 'social';
  return null;
}

/**
 * Whether the viewer may record the conclusion now, or why not (docs/domain.md, "Formal identification as built"):
 * only a member of this group, once the group is convened and the formal interview is recorded with its end, once.
 */
export type ConclusionState = 'open' | 'notMember' | 'notConvened' | 'interviewNotEnded' | 'concluded';

export function conclusionState(item: FormalIdentificationItem, viewerId: string | undefined): ConclusionState {
  if (item.status === 'CONCLUDED') return 'concluded';
  if (!seatOf(item, viewerId)) return 'notMember';
  if (item.status !== 'GROUP_CONVENED') return 'notConvened';
  if (!item.interviewEndedAt) return 'interviewNotEnded';
  return 'open';
}

/** A child's request carries no statement of willingness (stored null): its social member is a child protection worker. */
export const isChildRequest = (item: FormalIdentificationItem): boolean => item.statementOfWillingness === null;

/** Past the convening deadline and still waiting for the group. */
export function isOverdue(item: FormalIdentificationItem, now: Date): boolean {
  return item.status === 'REQUESTED' && item.dueAt !== null && Date.parse(item.dueAt) < now.getTime();
}

/** A `datetime-local` value (the browser's local time) as the API's ISO instant; blank stays undefined. */
export function localToIso(value: string): string | undefined {
  if (!value.trim()) return undefined;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString();
}
