export * from './civilDate.js';
export { Grosze, MAX_GROSZE, type Rounding, addGrosze, subtractGrosze, sumGrosze, maxGrosze, minGrosze, multiplyRatio, splitEvenly, formatPln, isGrosze, checkedSumGrosze, checkedMultiplyRatio } from './grosze.js';
export * from './legalBasis.js';
export * from './assistanceGround.js';
export * from './confidence.js';
export { type Period, type EffectiveTable, type ValueInForce, type OutsideCoverage, type InvalidLookupDate, type ParameterUnit, valueAt } from './period.js';
export * from './checked.js';
export { type LegalSource, type SourceId, type SourceRef, legalSources, sourceText } from './sources.js';
export * from './isCivilDate.js';
export * from './ups/constants.js';
export { ConcurrentEntitlement, concurrentEntitlementList } from './ups/art37.js';
export { type PeriodicMinimumShare, type PeriodicCapRule, periodicMinimumShare, periodicCapSinglePerson } from './ups/art38.js';
export * from './localLaw.js';
export * from './parameters/incomeCriteria.js';
export * from './parameters/permanentAllowance.js';
export * from './parameters/farmIncomePerHectare.js';
export * from './parameters/statutoryRules.js';
export type {
  Bilingual,
  InputUnits,
  InputsOf,
  Reason,
  ReasonBook,
  ReasonIn,
  ReasonOf,
  ReasonTexts,
  RuleBook,
  RuleSpec,
  StepIn,
  StepTexts,
  TraceFlag,
  TraceParameter,
  TraceStep,
  TraceStepOf,
  TraceUnit,
  TraceValue,
  UnitSpec,
  ValueOfUnit,
} from './trace.js';
export { BreachGround } from './breachGround.js';
export * from './ups/art11.js';
export * from './contractForm.js';
export { calendarYears, PublicHolidayCode, type PublicHolidayRule, publicHolidayRules, type PublicHoliday, type CalendarUnsupported, easterSunday, publicHolidaysIn, publicHolidayOn } from './holidays.js';
export { HolidayCalendar, DayKind, dayKind, isWorkingDay, type SkippedDay, maxWorkingDays, addWorkingDays } from './workingDays.js';
export type { DeadlineRule, DeadlineNote, DeadlineDayOff, Deadline, DeadlineUnsupported, DeadlineResult } from './deadline.js';
export { kpa, decisionDeadline } from './kpa.js';
export { rws2021, interviewDeadlineOn } from './rws2021.js';
export { interviewUpdateRule, periodicInterviewUpdateDue } from './upsInterviewUpdate.js';
export { publicHolidayName, dayKindName, explainDeadline } from './deadlineText.js';
export * from './lawTables.js';
