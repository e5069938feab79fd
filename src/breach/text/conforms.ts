import { isCivilDate } from '../../law/isCivilDate.js';
import type { InputUnits, TraceUnit, UnitSpec } from '../../law/trace.js';

const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);
const checks: { readonly [U in TraceUnit]: (v: unknown) => boolean } = {
  grosze: (v) => Number.isSafeInteger(v),
  percent: isCount,
  count: isCount,
  years: isCount,
  months: isCount,
  days: isCount,
  date: isCivilDate,
  month: (v) => typeof v === 'string',
  hectares: (v) => typeof v === 'string',
  boolean: (v) => typeof v === 'boolean',
  code: (v) => typeof v === 'string',
  codes: (v) => Array.isArray(v) && v.every((x) => typeof x === 'string'),
  id: (v) => typeof v === 'string',
  text: (v) => typeof v === 'string',
};

/** @internal Whether a value is of a declared unit (`null` only where the unit is nullable). */
export function ofUnit(value: unknown, spec: UnitSpec): boolean {
  const nullable = spec.endsWith('?');
  if (value === null) return nullable;
  const unit = (nullable ? spec.slice(0, -1) : spec) as TraceUnit;
  return checks[unit](value);
}

/**
 * @internal Whether a step or reason from outside (JavaScript, a database) has every input its rule declares,
 * each of its unit, so that a catalogue can render it without a surprise: a renderer is given only data
 * of the shape its book promises.
 */
export function conforms(inputs: unknown, units: InputUnits): boolean {
  if (inputs === null || typeof inputs !== 'object') return false;
  for (const [name, spec] of Object.entries(units)) {
    if (!Object.hasOwn(inputs, name) || !ofUnit((inputs as Record<string, unknown>)[name], spec)) return false;
  }
  return true;
}
