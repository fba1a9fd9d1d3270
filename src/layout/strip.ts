/**
 * The history strip's cells: one cell per day, newest last, in whole pixels. A narrow container
 * shows fewer days rather than cells too thin to see or to point at.
 */

export interface StripLayout {
  /** Days shown (at most the wanted number, at least 1). */
  readonly days: number;
  /** The mean cell width in px; each cell is this rounded down or up. */
  readonly cellWidth: number;
  /** Px between cells. */
  readonly gap: number;
  /**
   * Cells oldest first: `index` 0 is the oldest day shown, `days - 1` today. Whole-pixel `x` and
   * `width`; the cells and gaps fill the width exactly.
   */
  readonly cells: readonly { readonly index: number; readonly x: number; readonly width: number }[];
}

/**
 * Up to `wanted` days (newest last) that fit `width` with cells at least `minCell` px (default 4)
 * and `gap` px (default 1) apart; fewer days rather than sub-pixel cells; never fewer than 1 (a
 * single cell as wide as the strip, however narrow). RTL is done by the element (mirror), not here.
 */
export function stripLayout(
  width: number,
  wanted: number,
  options: { minCell?: number; gap?: number } = {},
): StripLayout {
  // A negative width lays out as 0 does: one cell of no width.
  const w = Number.isFinite(width) ? Math.floor(width) : 0;
  const minCell = Math.max(1, options.minCell ?? 4);
  const gap = Math.max(0, options.gap ?? 1);
  const fit = Math.floor((w + gap) / (minCell + gap));
  const asked = Number.isFinite(wanted) ? Math.floor(wanted) : 1;
  const days = Math.max(1, Math.min(asked, fit));
  // Cell i spans [edge(i), edge(i + 1) - gap): rounded edges, so widths differ by at most 1 px.
  const pitch = (w + gap) / days;
  const edge = (i: number) => Math.round(i * pitch);
  const cells = Array.from({ length: days }, (_, index) => {
    const x = edge(index);
    return { index, x, width: Math.max(0, edge(index + 1) - gap - x) };
  });
  return { days, cellWidth: Math.max(0, pitch - gap), gap, cells };
}
