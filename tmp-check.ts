import { homelessManSopot } from './examples/scenarios/homelessManSopot.js';
import { replay, formatIssues } from './src/index.js';
const ev = homelessManSopot();
const r = replay(ev);
if (!r.ok) { console.log(r.error.index, formatIssues(r.error.issues, 'pl')); } else console.log(r.value.stage, r.value.stageHistory.map(s=>s.stage+'@'+s.enteredOn).join(' '), r.value.contracts[0]?.status);
