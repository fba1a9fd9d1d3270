/**
 * The canvas region: draws the marks when too many are visible for SVG to stay fast. Only the
 * visible marks are drawn (culled to the domain, and those narrower than a pixel merged per pixel
 * column, in src/layout/aggregate.ts). Colours come from the same tokens as the SVG marks
 * (forced-colors mode resolves them to system colours).
 */
import type { CanvasColors, CanvasLayer } from '../shared/controllers/canvas-layer.js';
import { hatchPattern } from '../shared/controllers/canvas-layer.js';
import type { Severity } from '../../feed/index.js';
import { PALETTE } from '../../themes/tokens.js';
import { markBox } from './sla-breach-timeline.lanes.js';
import { LAYERS, rankSeverity, type TimelineContext } from './sla-breach-timeline.view.js';

/** The light theme's colours, for a token the element cannot resolve. */
const FALLBACK = PALETTE.light;

/** Draws every visible mark of every lane on the canvas (cleared first). */
export function drawMarks(layer: CanvasLayer, colors: CanvasColors, ctx: TimelineContext): void {
  const { width, layout } = ctx.plot;
  const g = layer.begin(width, layout.lanesHeight);
  if (ctx.svgMarks) return; // the SVG draws them: leave the canvas clear
  const excludedColor = colors.get('--_sla-text-muted', FALLBACK['text-muted']);
  const hatch = hatchPattern(g, excludedColor, layer.dpr);
  const fills = new Map<Severity, string>();
  const fillOf = (severity: Severity): string => {
    let f = fills.get(severity);
    if (!f) {
      f = colors.get(`--_sla-severity-${severity}`, FALLBACK[`severity-${severity}`]);
      fills.set(severity, f);
    }
    return f;
  };
  ctx.lanes.forEach((lane, i) => {
    const columns = ctx.columns[i]!;
    for (const l of LAYERS) {
      for (const c of columns[l]) {
        const severity = l === 'counted' ? (rankSeverity(c.worst) ?? 'unknown') : null;
        const box = markBox(lane, l, severity);
        g.fillStyle = severity ? fillOf(severity) : hatch;
        g.fillRect(c.x0, box.y, Math.max(1, c.x1 - c.x0), box.height);
      }
    }
  });
}
