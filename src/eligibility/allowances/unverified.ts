import type { ValueInForce } from '../../law/period.js';
import type { Collector } from '../collector.js';

/** @internal Records, once per table, that a parameter is used past the day the law was last checked. */
export function noteUnverified(c: Collector, ...values: readonly ValueInForce<unknown>[]): void {
  for (const v of values) {
    if (v.unverifiedFrom === undefined) continue;
    if (c.warnings.some((w) => w.code === 'parameter_unverified' && w.table === v.table)) continue;
    c.warnings.push({ code: 'parameter_unverified', table: v.table, unverifiedFrom: v.unverifiedFrom });
  }
}
