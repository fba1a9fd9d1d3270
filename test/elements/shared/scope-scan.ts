/**
 * Helpers for display-scope tests: what identifies the other customers of a raw feed, and every
 * string an element exposes to a reader (text, attribute values such as aria-label and title,
 * inline custom properties), through nested shadow roots. A test of any element can then prove that
 * nothing of another customer is rendered.
 */

interface RawAgreement {
  id: string;
  name: string;
  summary?: string;
  level: string;
  parentId?: string;
  customerId?: string;
  objectives?: { id: string; name?: string; description?: string }[];
}
interface RawCustomer {
  id: string;
  name: string;
  branding?: { accent?: string; logoUrl?: string };
}
interface RawFeed {
  customers: RawCustomer[];
  agreements: RawAgreement[];
  breaches?: { id: string; agreementId: string; title: string; summary?: string }[];
}

/** The customer of a raw agreement, inherited through `parentId`. */
function customerOf(feed: RawFeed, agreement: RawAgreement): string | undefined {
  const byId = new Map(feed.agreements.map((a) => [a.id, a]));
  for (
    let a: RawAgreement | undefined = agreement;
    a;
    a = a.parentId ? byId.get(a.parentId) : undefined
  )
    if (a.customerId) return a.customerId;
  return undefined;
}

/** Raw agreements that belong to a customer (directly or through a parent). */
export function agreementsOf(feed: unknown, customerId: string): RawAgreement[] {
  const raw = feed as RawFeed;
  return raw.agreements.filter((a) => customerOf(raw, a) === customerId);
}

/**
 * Strings that belong to customers other than `customerId`: their ids and names, brand accents
 * and logos, the ids, names and summaries of their agreements, the names of objectives only they
 * have, and their breaches' ids and titles; minus what `customerId` has as well (an objective name
 * or an incident title it shares). Lower case (compare case-insensitively).
 */
export function otherCustomersTokens(feed: unknown, customerId: string): string[] {
  const raw = feed as RawFeed;
  const mine = agreementsOf(raw, customerId);
  const shared = raw.agreements.filter((a) => customerOf(raw, a) === undefined);
  const myIds = new Set(mine.map((a) => a.id));
  const myStrings = new Set(
    [
      ...[...mine, ...shared].flatMap((a) => (a.objectives ?? []).map((o) => o.name)),
      ...(raw.breaches ?? []).filter((b) => myIds.has(b.agreementId)).map((b) => b.title),
    ].filter((x): x is string => Boolean(x)),
  );
  const tokens: string[] = [];
  for (const c of raw.customers) {
    if (c.id === customerId) continue;
    tokens.push(c.id, c.name);
    if (c.branding?.accent) tokens.push(c.branding.accent);
    if (c.branding?.logoUrl) tokens.push(c.branding.logoUrl);
    const theirs = agreementsOf(raw, c.id);
    for (const a of theirs) {
      tokens.push(a.id, a.name);
      if (a.summary) tokens.push(a.summary);
      for (const o of a.objectives ?? []) if (o.name) tokens.push(o.name);
    }
    const ids = new Set(theirs.map((a) => a.id));
    for (const b of raw.breaches ?? []) if (ids.has(b.agreementId)) tokens.push(b.id, b.title);
  }
  return [...new Set(tokens.filter((t) => !myStrings.has(t)).map((t) => t.toLowerCase()))];
}

/**
 * Everything an element shows or announces: the text and every attribute value of its light and
 * shadow trees (nested shadow roots included), and its own attributes and inline style.
 */
export function renderedStrings(el: Element): string[] {
  const out: string[] = [];
  const visit = (node: Node): void => {
    if (node instanceof Element) {
      for (const attr of node.attributes) out.push(attr.value);
      if (node.shadowRoot) visit(node.shadowRoot);
    } else if (node.nodeType === Node.TEXT_NODE) {
      out.push(node.textContent ?? '');
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(el);
  if (el instanceof HTMLElement) out.push(el.style.cssText);
  return out.filter((s) => s.trim() !== '');
}

/** The tokens found in `strings` (case-insensitive), each with the string it was found in. */
export function leaks(strings: readonly string[], tokens: readonly string[]): string[] {
  const found: string[] = [];
  for (const s of strings) {
    const lower = s.toLowerCase();
    for (const t of tokens) if (lower.includes(t)) found.push(`${t} in "${s.slice(0, 120)}"`);
  }
  return found;
}
