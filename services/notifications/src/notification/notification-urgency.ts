/** What makes a notification urgent beyond its kind; stored on the notification (never anything else of the person). */
export enum NotificationUrgency {
  /** About a child (docs/domain.md, "Age and the presumption of childhood"). */
  CHILD = 'CHILD',
  URGENT_REFERRAL = 'URGENT_REFERRAL',
}
