import { toJsonSchema } from '@valibot/to-json-schema';
import { FeedSchema, RFC3339 } from './schema.js';

/**
 * The published JSON Schema (draft 2020-12) of feed version 1, generated from the valibot schema so
 * the two can never disagree on shape. Rules that need the whole feed (unique ids, references,
 * percent ranges that depend on an objective's unit, end after start) are enforced by `parseFeed`
 * and the `sla-kit validate` CLI only; docs/feed.md lists them.
 *
 * Instants carry both the RFC 3339 `pattern` (offset required) and `format: "date-time"`, so a
 * validator that asserts formats (ajv with ajv-formats) also rejects impossible dates such as
 * 2026-02-30, as `parseFeed` does.
 */
export function feedJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(FeedSchema, {
    errorMode: 'ignore',
    target: 'draft-2020-12',
    overrideAction: ({ valibotAction, jsonSchema }) =>
      valibotAction.type === 'regex' &&
      (valibotAction as { requirement?: unknown }).requirement === RFC3339
        ? { ...jsonSchema, format: 'date-time' }
        : undefined,
  }) as Record<string, unknown>;
  return {
    $id: 'https://sla-kit.dev/schema/feed-v1.json',
    title: 'sla-kit feed, schema version 1',
    description:
      "One service provider's SLA partnership portfolio: customers, services, multi-level agreements with objectives, measured periods, breaches and maintenance windows.",
    ...schema,
  };
}
