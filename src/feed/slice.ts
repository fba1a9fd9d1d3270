/**
 * Per-customer feeds. A portfolio feed holds every customer; a customer portal must serve each
 * customer only its own part, because whatever the browser downloads, the customer can read (the
 * elements' `customer` attribute chooses what is shown, it protects nothing). `sliceFeed` cuts
 * that part out of a validated feed.
 *
 * Which records a slice holds is decided by `selectCustomer` (select.ts), the same selection the
 * elements' display scope uses: the provider and the one customer, the customer's agreements and
 * the shared levels above them, their services (with what they depend on), the periods and
 * breaches of the customer's own agreements, and the maintenance windows that concern them, with
 * every list cut down to the slice. A slice refuses a customer that is not in the feed and an
 * agreement that inherits from another customer's agreement.
 *
 * The slice is a feed as a backend would write it (instants as RFC 3339 text in UTC), ready for
 * `JSON.stringify`; it passes `parseFeed` again. Free text is copied as it is: a note in the
 * customer's own records that names another customer is the author's to avoid.
 */
import type { SchemaNode } from './fields.js';
import { FeedSchema, RFC3339, type FeedInput } from './schema.js';
import { hasCustomer, selectCustomer, SliceError } from './select.js';
import type { Feed } from './types.js';

export { SliceError, SLICE_FIELDS } from './select.js';

/**
 * The part of a validated feed that one customer may see, as a feed of its own.
 *
 * @param feed a feed returned by `parseFeed` (slicing the same feed again reuses its index)
 * @param customerId the customer's `id`
 * @throws {SliceError} when the customer is not in the feed, or when one of its agreements
 *   inherits from another customer's agreement (the slice would have to show that agreement)
 */
export function sliceFeed(feed: Feed, customerId: string): FeedInput {
  if (!hasCustomer(feed, customerId))
    throw new SliceError(`customer "${customerId}" is not in the feed's customers.`);
  return toFeedInput(selectCustomer(feed, customerId, { onMixedChain: 'throw' }));
}

// --- back to the feed as written ------------------------------------------------------------

/** Turns a parsed value back into its written form; `null` when it is written as parsed. */
type Writer = ((value: unknown) => unknown) | null;

/** An instant is the one value `parseFeed` changes (text to epoch milliseconds). */
function isInstant(node: SchemaNode): boolean {
  return !!node.pipe?.some((step) => step.type === 'regex' && step.requirement === RFC3339);
}

function writerOf(node: SchemaNode): Writer {
  if (isInstant(node)) return (ms) => (typeof ms === 'number' ? new Date(ms).toISOString() : ms);
  if (node.pipe) return writerOf(node.pipe[0]!);
  switch (node.type) {
    case 'optional':
    case 'nullable':
    case 'nullish':
    case 'exact_optional': {
      const inner = writerOf(node.wrapped!);
      return inner && ((v) => (v === undefined || v === null ? v : inner(v)));
    }
    case 'array': {
      const item = writerOf(node.item!);
      return item && ((v) => (Array.isArray(v) ? v.map(item) : v));
    }
    case 'object': {
      const fields = Object.entries(node.entries!).map(([k, v]) => [k, writerOf(v)] as const);
      if (fields.every(([, w]) => w === null)) return null;
      return (v) => {
        if (!v || typeof v !== 'object') return v;
        const input = v as Record<string, unknown>;
        const out: Record<string, unknown> = {};
        for (const [key, write] of fields) {
          const x = input[key];
          if (x !== undefined) out[key] = write ? write(x) : x;
        }
        return out;
      };
    }
    case 'variant': {
      const key = node.key!;
      const options = node.options!.map((o) => [o.entries?.[key]?.literal, writerOf(o)] as const);
      if (options.every(([, w]) => w === null)) return null;
      return (v) => {
        const tag = (v as Record<string, unknown> | null)?.[key];
        const write = options.find(([literal]) => literal === tag)?.[1];
        return write ? write(v) : v;
      };
    }
    default:
      return null;
  }
}

let writeFeed: Writer | undefined;

/**
 * A parsed feed as a backend would write it: instants back to RFC 3339 text (UTC, to the
 * millisecond), everything else as parsed. Derived from the schema, so a field added to it is
 * written back without a change here. Records without instants are shared with `feed`, not copied.
 */
export function toFeedInput(feed: Feed): FeedInput {
  writeFeed ??= writerOf(FeedSchema as unknown as SchemaNode);
  return (writeFeed ? writeFeed(feed) : feed) as FeedInput;
}
