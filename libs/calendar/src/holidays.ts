/**
 * Albania's public holidays of 2026 and 2027 as days off (docs/calendar.md): the fixed days of the Labour Code, the
 * Catholic and Orthodox Easter Sundays, Nevruz and both Eids (Bajram), each moved to the next working day when it falls
 * on a weekend, as the Council of Ministers announces them. The default of HOLIDAYS; a deployment confirms each year's
 * list against the government's decision (the Eid dates follow the moon) and sets HOLIDAYS itself.
 */
export const ALBANIAN_HOLIDAYS_2026_2027: readonly string[] = [
  // 2026
  '2026-01-01', // New Year
  '2026-01-02', // New Year
  '2026-03-16', // Summer Day (14 March, a Saturday)
  '2026-03-20', // Eid al-Fitr (Bajrami i Madh)
  '2026-03-23', // Nevruz (22 March, a Sunday)
  '2026-04-06', // Catholic Easter (5 April, a Sunday)
  '2026-04-13', // Orthodox Easter (12 April, a Sunday)
  '2026-05-01', // Labour Day
  '2026-05-27', // Eid al-Adha (Kurban Bajrami)
  '2026-10-19', // Mother Teresa Day
  '2026-11-30', // Independence Day (28 November, a Saturday)
  '2026-12-01', // Liberation Day (29 November, a Sunday)
  '2026-12-08', // National Youth Day
  '2026-12-25', // Christmas
  // 2027
  '2027-01-01', // New Year
  '2027-01-04', // New Year (2 January, a Saturday)
  '2027-03-10', // Eid al-Fitr
  '2027-03-15', // Summer Day (14 March, a Sunday)
  '2027-03-22', // Nevruz
  '2027-03-29', // Catholic Easter (28 March, a Sunday)
  '2027-05-03', // Labour Day (1 May, a Saturday)
  '2027-05-04', // Orthodox Easter (2 May, a Sunday; the Monday is already Labour Day's)
  '2027-05-17', // Eid al-Adha (16 May, a Sunday)
  '2027-10-19', // Mother Teresa Day
  '2027-11-29', // Independence Day (28 November, a Sunday)
  '2027-11-30', // Liberation Day (29 November, moved after Independence Day)
  '2027-12-08', // National Youth Day
  '2027-12-27', // Christmas (25 December, a Saturday)
];
