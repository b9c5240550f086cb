/**
 * @module mandatory-fields
 * Mandatory-field validation of a formatted result, exactly as the API reference's
 * "Mandatory-field validation" table states it. A field fails when it is absent, null,
 * the string "null", an empty or whitespace-only string, an empty list or an empty
 * object; numbers (0 included) pass unless they are not finite. `tableItems` needs at
 * least one entry and every entry needs its listed fields. Receipts are wrapped in
 * `multiple_receipts[]` and every receipt must pass. Fields outside the lists are
 * ignored. The input is never altered.
 */
import { DOCUMENT_TYPES, PROCESSABLE_TYPES, type MandatorySpec, type ProcessableType } from './document-types.ts';

/** Top-level and per-item mandatory fields per type, in the reference's order (from DOCUMENT_TYPES). */
export const MANDATORY_FIELDS: Record<ProcessableType, MandatorySpec> = Object.fromEntries(
  PROCESSABLE_TYPES.map((t) => [t, DOCUMENT_TYPES[t].mandatory]),
) as Record<ProcessableType, MandatorySpec>;

export interface ValidationOutcome {
  valid: boolean;
  /** Paths of the failing fields, e.g. `totalAmount`, `tableItems`, `tableItems[2].quantity`,
   *  `multiple_receipts[0].date`. */
  missing: string[];
}

/** True when a value counts as present under the reference's rules. */
export function isPresent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'string') {
    const t = value.trim();
    return t !== '' && t !== 'null';
  }
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value as object).length > 0;
  return true; // booleans and anything else that is there
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function checkOne(spec: MandatorySpec, obj: unknown, prefix: string, missing: string[]): void {
  if (!isRecord(obj)) {
    missing.push(prefix || '(root)');
    return;
  }
  for (const f of spec.top) if (!isPresent(obj[f])) missing.push(prefix + f);
  const items = obj.tableItems;
  if (!Array.isArray(items) || items.length === 0) {
    missing.push(prefix + 'tableItems');
    return;
  }
  items.forEach((item, i) => {
    const p = `${prefix}tableItems[${i}]`;
    if (!isRecord(item)) {
      missing.push(p);
      return;
    }
    for (const f of spec.item) if (!isPresent(item[f])) missing.push(`${p}.${f}`);
  });
}

/** Validates a formatted result of the given type; never alters it. */
export function validateResult(type: ProcessableType, formatted: unknown): ValidationOutcome {
  const spec = MANDATORY_FIELDS[type];
  const missing: string[] = [];
  if (type === 'receipt') {
    const receipts = isRecord(formatted) ? formatted.multiple_receipts : undefined;
    if (!Array.isArray(receipts) || receipts.length === 0) {
      missing.push('multiple_receipts');
    } else {
      receipts.forEach((r, i) => checkOne(spec, r, `multiple_receipts[${i}].`, missing));
    }
  } else {
    checkOne(spec, formatted, '', missing);
  }
  return { valid: missing.length === 0, missing };
}
