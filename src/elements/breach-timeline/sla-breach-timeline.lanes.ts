/**
 * The lanes region: the SVG plot of the timeline. Grid and axis, lane bands, periods below the
 * minimum, agreement version changes, and, while the visible marks are few, the marks themselves
 * (above that the canvas draws them: sla-breach-timeline.canvas.ts). The focus ring and the brush
 * are always SVG. Pure function of the render context.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { markSpan } from '../../layout/timeline-lanes.js';
import type { ColumnMark } from '../../layout/aggregate.js';
import {
  LAYERS,
  rankSeverity,
  type Layer,
  type LaneView,
  type TimelineContext,
} from './sla-breach-timeline.view.js';

/** Height share of a mark by severity: the second, colour-free channel (critical is tallest). */
export const SEVERITY_HEIGHT: Readonly<Record<string, number>> = {
  critical: 1,
  major: 0.8,
  minor: 0.6,
  unknown: 0.45,
};

/** Vertical box of a mark in its lane: centred, as tall as its severity says. */
export function markBox(
  lane: LaneView,
  layer: Layer,
  severity: string | null,
): { readonly y: number; readonly height: number } {
  const { markY, markHeight, y, height } = lane.box;
  if (layer === 'excluded') return { y: y + 1, height: Math.max(1, height - 2) };
  const share = SEVERITY_HEIGHT[severity ?? 'unknown'] ?? SEVERITY_HEIGHT.unknown!;
  const h = Math.max(2, Math.round(markHeight * share));
  return { y: markY + (markHeight - h) / 2, height: h };
}

/** The patterns marks and day cells use (one set per SVG that references them by id). */
export function renderDefs(): SVGTemplateResult {
  // Patterns tell severities apart without colour; their colours come from the stylesheet.
  return svg`<defs>
    <pattern id="p-excluded" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect class="p-excluded-bg" width="6" height="6"></rect>
      <line class="p-excluded-line" x1="0" y1="0" x2="0" y2="6" stroke-width="2"></line>
    </pattern>
    <pattern id="p-major" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect class="p-major-bg" width="4" height="4"></rect>
      <line class="p-major-line" x1="0" y1="0" x2="0" y2="4" stroke-width="1.5"></line>
    </pattern>
    <pattern id="p-minor" width="4" height="4" patternUnits="userSpaceOnUse">
      <rect class="p-minor-bg" width="4" height="4"></rect>
      <circle class="p-minor-dot" cx="2" cy="2" r="1"></circle>
    </pattern>
  </defs>`;
}

function renderGrid(ctx: TimelineContext): SVGTemplateResult {
  const { axis, layout } = ctx.plot;
  return svg`<g class="grid" aria-hidden="true">
    ${axis.grid.map(
      (g) =>
        svg`<line class="grid-line" x1=${g.x} x2=${g.x} y1="0" y2=${layout.lanesHeight}></line>`,
    )}
  </g>`;
}

function renderLaneBands(ctx: TimelineContext): SVGTemplateResult {
  const width = ctx.plot.width;
  return svg`<g class="bands" aria-hidden="true">
    ${ctx.lanes.map(
      (l, i) =>
        svg`<rect class=${i % 2 ? 'band band-odd' : 'band'} x="0" y=${l.box.y} width=${width} height=${l.box.height}></rect>`,
    )}
  </g>`;
}

function renderBelowMinimum(ctx: TimelineContext): SVGTemplateResult {
  const { x, domain } = ctx.plot;
  return svg`<g class="below-minimum" aria-hidden="true">
    ${ctx.lanes.map((l) =>
      l.lane.belowMinimum
        .filter((p) => p.end > domain.start && p.start < domain.end)
        .map((p) => {
          const s = markSpan(x, Math.max(p.start, domain.start), Math.min(p.end, domain.end), 1);
          return svg`<rect part="below-minimum" class="below-min" x=${s.x0} y=${l.box.y} width=${s.x1 - s.x0} height=${l.box.height}></rect>`;
        }),
    )}
  </g>`;
}

function renderVersions(ctx: TimelineContext): SVGTemplateResult {
  const { x, domain, layout } = ctx.plot;
  return svg`<g class="versions" aria-hidden="true">
    ${ctx.model.versionChanges
      .filter((v) => v.time >= domain.start && v.time <= domain.end)
      .map((v) => {
        const px = x(v.time);
        return svg`<g part="version-marker">
          <line class="version-line" x1=${px} x2=${px} y1="0" y2=${layout.axisY + 26}></line>
          <text class="version-label" x=${px} y=${layout.axisY + 38} text-anchor="middle">${v.version}</text>
        </g>`;
      })}
  </g>`;
}

/**
 * A tick label near an edge of the plot runs inwards instead of being centred (and cut): towards
 * the right at the left edge, towards the left at the right edge. `start` and `end` follow the
 * text direction, so right to left they swap.
 */
export function tickAnchor(x: number, width: number, rtl: boolean): 'start' | 'middle' | 'end' {
  const EDGE = 28;
  if (x < EDGE) return rtl ? 'end' : 'start';
  if (x > width - EDGE) return rtl ? 'start' : 'end';
  return 'middle';
}

function renderAxis(ctx: TimelineContext): SVGTemplateResult {
  const { axis, layout, width } = ctx.plot;
  return svg`<g class="axis" part="axis" aria-hidden="true">
    <line class="axis-line" x1="0" x2=${width} y1=${layout.axisY} y2=${layout.axisY}></line>
    ${axis.ticks.map(
      (
        tick,
      ) => svg`<line class="tick" x1=${tick.x} x2=${tick.x} y1=${layout.axisY} y2=${layout.axisY + 4}></line>
        <text class="tick-label" x=${tick.x} y=${layout.axisY + 17} text-anchor=${tickAnchor(tick.x, width, ctx.plot.rtl)}>${tick.label}</text>`,
    )}
  </g>`;
}

function fillOf(layer: Layer, severity: string | null): string {
  if (layer === 'excluded') return 'url(#p-excluded)';
  if (severity === 'major') return 'url(#p-major)';
  if (severity === 'minor') return 'url(#p-minor)';
  return '';
}

function renderColumn(lane: LaneView, layer: Layer, c: ColumnMark): SVGTemplateResult {
  const first = lane.layers[layer].item(c.first);
  const severity = layer === 'counted' ? rankSeverity(c.worst) : null;
  const box = markBox(lane, layer, severity);
  const kind =
    layer === 'excluded' ? (first.kind === 'maintenance' ? 'maintenance' : 'excluded') : 'breach';
  const fill = fillOf(layer, severity);
  return svg`<rect
    part="mark"
    class=${c.count > 1 ? 'mark mark-aggregate' : 'mark'}
    data-kind=${kind}
    data-severity=${severity ?? nothing}
    data-count=${c.count}
    data-key=${first.key}
    x=${c.x0}
    y=${box.y}
    width=${Math.max(1, c.x1 - c.x0)}
    height=${box.height}
    fill=${fill || nothing}
  ></rect>${
    first.ongoing && c.count === 1 && layer === 'counted'
      ? svg`<path part="open-end" class="open-end" d=${openEnd(c, box)}></path>`
      : nothing
  }`;
}

/** The open-end mark of an ongoing breach: an arrow head at its end (now). */
function openEnd(c: ColumnMark, box: { y: number; height: number }): string {
  return `M${c.x1},${box.y} l5,${box.height / 2} l-5,${box.height / 2} Z`;
}

function renderMarks(ctx: TimelineContext): SVGTemplateResult | typeof nothing {
  if (!ctx.svgMarks) return nothing;
  return svg`<g class="marks">
    ${ctx.lanes.map((lane, i) =>
      LAYERS.map((layer) => ctx.columns[i]![layer].map((c) => renderColumn(lane, layer, c))),
    )}
  </g>`;
}

function renderFocus(ctx: TimelineContext): SVGTemplateResult | typeof nothing {
  const f = ctx.focus;
  const lane = f ? ctx.lanes[f.lane] : undefined;
  if (!f || !lane) return nothing;
  const item = lane.layers[f.layer].item(f.item);
  const s = markSpan(
    ctx.plot.x,
    Math.max(item.start, ctx.plot.domain.start),
    Math.min(item.end, ctx.plot.domain.end),
    2,
  );
  return svg`<rect part="focus-ring" class="focus-ring" x=${s.x0 - 3} y=${lane.box.y + 1}
    width=${s.x1 - s.x0 + 6} height=${Math.max(2, lane.box.height - 2)} rx="3"></rect>`;
}

function renderBrush(ctx: TimelineContext): SVGTemplateResult | typeof nothing {
  if (!ctx.brush) return nothing;
  const s = markSpan(ctx.plot.x, ctx.brush.start, ctx.brush.end, 1);
  return svg`<rect part="brush" class="brush" x=${s.x0} y="0" width=${s.x1 - s.x0}
    height=${ctx.plot.layout.lanesHeight}></rect>`;
}

/** The plot's SVG (lanes, marks when few, overlays, axis). */
export function renderPlot(ctx: TimelineContext): TemplateResult {
  const { width, layout } = ctx.plot;
  return html`<svg
    class="plot-svg"
    part="plot"
    width=${width}
    height=${layout.height}
    viewBox="0 0 ${width} ${layout.height}"
    aria-hidden="true"
    data-marks=${ctx.svgMarks ? 'svg' : 'canvas'}
    data-columns=${ctx.markCount}
  >
    ${renderDefs()} ${renderLaneBands(ctx)} ${renderBelowMinimum(ctx)} ${renderGrid(ctx)}
    ${renderMarks(ctx)} ${renderVersions(ctx)} ${renderAxis(ctx)} ${renderFocus(ctx)}
    ${renderBrush(ctx)}
  </svg>`;
}
