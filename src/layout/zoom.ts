/**
 * Zoom and pan arithmetic for time charts: pure functions of a domain (epoch ms, `[start, end)`),
 * a factor or a delta, and the limits (the extent the data spans and the smallest span worth
 * showing). The ZoomController turns wheel, pointer and key input into calls of these; the
 * element owns the domain.
 *
 * Every result lies inside `limits.extent` and spans at least `limits.minSpan` (unless the extent
 * itself is shorter, then exactly the extent) and at most the extent's span. Results are in whole
 * milliseconds, so that with whole-millisecond limits the edges are exact (no rounding drift past
 * the extent after many steps).
 */

export interface Domain {
  readonly start: number;
  readonly end: number;
}

export interface ZoomLimits {
  /** The widest domain: what the data spans. */
  readonly extent: Domain;
  /** The narrowest span in ms (e.g. one hour). */
  readonly minSpan: number;
}

/** The span a domain may have within the limits. */
function allowedSpan(span: number, { extent, minSpan }: ZoomLimits): number {
  const widest = Math.max(0, extent.end - extent.start);
  return Math.min(widest, Math.ceil(Math.max(minSpan, span)));
}

/** Moves a domain of `span` starting at `start` into the extent (the span already fits). */
function placed(start: number, span: number, { extent }: ZoomLimits): Domain {
  const from = Math.min(Math.max(Math.round(start), extent.start), extent.end - span);
  return { start: from, end: from + span };
}

/**
 * The domain within the limits nearest to `domain`: ordered, its span clamped to
 * [minSpan, extent span] around its centre, then shifted into the extent. A domain that is not
 * finite gives the extent.
 */
export function clampDomain(domain: Domain, limits: ZoomLimits): Domain {
  if (!Number.isFinite(domain.start) || !Number.isFinite(domain.end)) {
    return placed(limits.extent.start, allowedSpan(Infinity, limits), limits);
  }
  const lo = Math.min(domain.start, domain.end);
  const hi = Math.max(domain.start, domain.end);
  const span = allowedSpan(hi - lo, limits);
  return placed((lo + hi) / 2 - span / 2, span, limits);
}

/**
 * Zooms by `factor` (below 1 zooms in, above 1 out) around `anchor` (a time): the anchor keeps its
 * pixel, i.e. its fraction of the domain, unless the limits push the result. An anchor outside
 * the domain zooms around the nearer edge.
 */
export function zoomAt(domain: Domain, factor: number, anchor: number, limits: ZoomLimits): Domain {
  const current = clampDomain(domain, limits);
  const span = current.end - current.start;
  if (!(factor > 0) || !Number.isFinite(factor)) return current;
  const next = allowedSpan(span * factor, limits);
  const at = Number.isFinite(anchor) ? anchor : (current.start + current.end) / 2;
  const fraction = span > 0 ? Math.min(1, Math.max(0, (at - current.start) / span)) : 0.5;
  const pinned = Math.min(current.end, Math.max(current.start, at));
  return placed(pinned - fraction * next, next, limits);
}

/** Moves the domain by `deltaMs` (later when positive), keeping its span, stopping at the extent. */
export function panBy(domain: Domain, deltaMs: number, limits: ZoomLimits): Domain {
  const current = clampDomain(domain, limits);
  if (!Number.isFinite(deltaMs)) return current;
  return placed(current.start + deltaMs, current.end - current.start, limits);
}

/**
 * The domain a brush from time `a` to time `b` selects (either direction), clipped to the extent;
 * `null` when it is narrower than `limits.minSpan` (a click, not a brush).
 */
export function brushDomain(a: number, b: number, limits: ZoomLimits): Domain | null {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
  const start = Math.max(Math.min(a, b), limits.extent.start);
  const end = Math.min(Math.max(a, b), limits.extent.end);
  if (end - start < limits.minSpan || end <= start) return null;
  return { start, end };
}
