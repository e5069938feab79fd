import { formatPlnPl } from '../../i18n/pln.js';
import { label } from '../../i18n/labels.js';
import type { ReceiptSource } from '../../law/ups/art8/receipts.js';

/** @internal Amounts in the income steps, Polish style (also in the English text, as before). */
export const pl = formatPlnPl;
const capital = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1);
/** @internal The kind of a receipt as a worker reads it: items are named by their kind, never by their id. */
export const srcPl = (source: ReceiptSource): string => capital(label(source, 'pl', 'ReceiptSource') ?? 'przychód');
/** @internal The kind of a receipt in English. */
export const srcEn = (source: ReceiptSource): string => capital(label(source, 'en', 'ReceiptSource') ?? 'receipt');
