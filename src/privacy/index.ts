export { Sensitivity, PersonalDataKind, type SensitivityTag, SPECIAL_CATEGORY_GROUNDS, sensitivityOf } from './sensitivity.js';
export { type SensitiveKey, sensitiveKeys, personObjectKeys } from './sensitiveKeys.js';
export { type RedactionAction, type RedactionPolicy, logPolicy, redact } from './redact.js';
export { type SensitiveField, sensitiveFields } from './sensitiveFields.js';
export { privacyLabel } from './labels.js';
