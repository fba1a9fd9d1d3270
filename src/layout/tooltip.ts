/**
 * Where a tooltip goes: above its anchor when it fits, else below, horizontally centred on the
 * anchor and shifted to stay inside the bounds (the viewport). Pure: boxes in, a position out,
 * all in the same coordinates (the TooltipController uses viewport coordinates).
 */

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface TooltipPlacement {
  /** Left edge of the tooltip. */
  readonly x: number;
  /** Top edge of the tooltip. */
  readonly y: number;
  readonly side: 'above' | 'below';
}

/** `value` moved into [lo, hi]; `lo` wins when the range is empty (the start edge stays visible). */
function within(value: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(value, hi));
}

/**
 * Above the anchor when it fits, else below; horizontally centred on the anchor, shifted to stay
 * inside `bounds`; `gap` px from the anchor (default 8). When it fits on neither side it goes on
 * the roomier side (below on a tie), moved inside the bounds (it may then cover the anchor). A
 * tooltip larger than the bounds keeps its top-left corner inside them.
 */
export function placeTooltip(
  anchor: Box,
  size: { readonly width: number; readonly height: number },
  bounds: Box,
  gap = 8,
): TooltipPlacement {
  const top = bounds.y;
  const bottom = bounds.y + bounds.height;
  const x = within(
    anchor.x + anchor.width / 2 - size.width / 2,
    bounds.x,
    bounds.x + bounds.width - size.width,
  );
  const aboveY = anchor.y - gap - size.height;
  const belowY = anchor.y + anchor.height + gap;
  if (aboveY >= top) return { x, y: aboveY, side: 'above' };
  // When it fits below (and not above), below is the roomier side and needs no move.
  const roomAbove = anchor.y - top;
  const roomBelow = bottom - (anchor.y + anchor.height);
  const side = roomAbove > roomBelow ? 'above' : 'below';
  return { x, y: within(side === 'above' ? aboveY : belowY, top, bottom - size.height), side };
}
