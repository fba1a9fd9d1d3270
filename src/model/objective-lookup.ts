/**
 * Finding an objective of an agreement by id without scanning the list each time: a model
 * function called once per measured period (credits, bonuses, fees) used to search the
 * agreement's objectives for each one, quadratic in the number of objectives. A frozen list (a
 * resolved agreement's, see `resolve.ts`) gets an id index, built on its first lookup and kept
 * while the list lives; any other list is searched as before (it may still change).
 * The answer is the one of `objectives.find((o) => o.id === id)`: the first objective of that id.
 */
interface WithId {
  readonly id: string;
}

const indexes = new WeakMap<readonly WithId[], ReadonlyMap<string, WithId>>();

/** The first objective of `objectives` whose id is `id`, or `undefined`. */
export function findObjective<T extends WithId>(
  objectives: readonly T[],
  id: string | undefined,
): T | undefined {
  if (!Object.isFrozen(objectives)) return objectives.find((o) => o.id === id);
  let index = indexes.get(objectives);
  if (!index) {
    const map = new Map<string, WithId>();
    for (const o of objectives) if (!map.has(o.id)) map.set(o.id, o);
    indexes.set(objectives, map);
    index = map;
  }
  return (id === undefined ? undefined : index.get(id)) as T | undefined;
}
