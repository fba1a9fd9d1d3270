/**
 * Multi-level agreements: a customer agreement inherits from its corporate parent, a service
 * agreement from its customer parent. This returns the chain an agreement inherits through.
 */
export interface Inheriting {
  readonly id: string;
  readonly parentId?: string | undefined;
}

/**
 * The agreement followed by its ancestors, nearest first: `[service, customer, corporate]`.
 * A parent id that names no agreement ends the chain; a cycle returns `null`.
 */
export function agreementChain<T extends Inheriting>(
  byId: ReadonlyMap<string, T>,
  id: string,
): T[] | null {
  const chain: T[] = [];
  const seen = new Set<string>();
  let current = byId.get(id);
  while (current) {
    if (seen.has(current.id)) return null;
    seen.add(current.id);
    chain.push(current);
    current = current.parentId === undefined ? undefined : byId.get(current.parentId);
  }
  return chain;
}
