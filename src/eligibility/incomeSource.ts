// The treatment of income kinds is law: it lives in law/ups/art8/receipts.ts. Re-exported for the rules here.
export { ReceiptSource, type IncomeTreatment, incomeTreatments } from '../law/ups/art8/receipts.js';
