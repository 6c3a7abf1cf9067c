export { ALBANIAN_HOLIDAYS_2026_2027 } from './holidays';
export { CALENDAR_TIME_ZONE, isIsoDate, parseHolidayList, WorkingDayCalendar } from './working-day-calendar';
