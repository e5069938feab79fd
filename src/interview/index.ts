export * from './holidayCalendar.js';
export { addWorkingDays, isWorkingDay } from './addWorkingDays.js';
export { interviewDeadline, interviewUpdateDue } from './interviewDeadline.js';
