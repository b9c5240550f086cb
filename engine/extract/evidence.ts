/**
 * @module engine/extract/evidence
 * Where a value came from: every extracted field is recorded with its confidence and the box
 * and page of the words it was read from, for `raw.fields`. Values that were not found are
 * recorded as null with confidence 0 so the raw result says what was looked for.
 */
import type { Box, FieldEvidence } from '../types.ts';
import type { DocLine } from '../parse/lines.ts';

export class FieldLog {
  readonly fields: Record<string, FieldEvidence> = {};

  /** Records a value read from a span of a line; returns the value. */
  found<T>(name: string, value: T, line: DocLine | undefined, box: Box | undefined, confidence: number): T {
    const c = Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100;
    this.fields[name] = line ? { value, confidence: c, page: line.page, box: box ?? line.box } : { value, confidence: c };
    return value;
  }

  missing(name: string): null {
    this.fields[name] = { value: null, confidence: 0 };
    return null;
  }
}
