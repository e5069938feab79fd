// Imports the built package both ways a vendor would (ESM import and CJS require) and runs one step.
import { createRequire } from 'node:module';

const esm = await import('../dist/index.js');
const cjs = createRequire(import.meta.url)('../dist/index.cjs');
for (const [name, sdk] of [['esm', esm], ['cjs', cjs]]) {
  const r = sdk.valueAt(sdk.incomeCriteria, '2025-03-01');
  if (!r.ok || r.value.value.singlePerson !== 101000) throw new Error(`${name}: valueAt failed`);
  if (typeof sdk.transition !== 'function' || typeof sdk.renderContract !== 'function') throw new Error(`${name}: exports missing`);
  console.log(`${name}: ${Object.keys(sdk).length} exports, criterion on 2025-03-01 = ${r.value.value.singlePerson} gr`);
}
