/**
 * Unknown fields: a field the schema does not name is dropped, and reported as a warning with the
 * closest known field when it looks like a typo (the search itself is in fields.ts).
 */
import { unknownFieldIssues } from '../fields.js';
import type { RuleContext } from './context.js';

export function unknownFields(ctx: RuleContext): void {
  if (!ctx.schema) return;
  for (const one of unknownFieldIssues(ctx.schema, ctx.raw, ctx.out.max)) ctx.out.push(one);
}
