/**
 * Tokens: contrast checked numerically (WCAG 2 relative luminance), in light and dark, on the
 * palette and on what the browser actually computes for rendered status words.
 */
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import {
  SlaElement,
  STATUSES,
  SEVERITY_VALUES,
  renderSeverity,
  renderStatus,
} from '../../../src/elements/shared/index.js';
import {
  NON_TEXT_TOKENS,
  PALETTE,
  TEXT_TOKENS,
  tokens,
  type ThemeName,
} from '../../../src/themes/tokens.js';
import { rawFeed, shadow } from './harness.js';

function channels(color: string): [number, number, number] {
  const hex = /^#([0-9a-f]{6})$/i.exec(color);
  if (hex) {
    const n = parseInt(hex[1]!, 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  }
  const rgb = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(color);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  throw new Error(`cannot read colour ${color}`);
}

function luminance(color: string): number {
  const [r, g, b] = channels(color).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

class TokenView extends SlaElement {
  protected override render(): TemplateResult {
    return this.renderWithState(
      () =>
        html`${STATUSES.map((s) => renderStatus(s, this.t))}
        ${SEVERITY_VALUES.map((s) => renderSeverity(s, this.t))}`,
    );
  }
}
customElements.define('token-view', TokenView);

const themes: ThemeName[] = ['light', 'dark'];

describe('tokens', () => {
  for (const theme of themes) {
    const p = PALETTE[theme];
    it(`${theme}: text and status colours reach 4.5:1 on both surfaces`, () => {
      for (const token of TEXT_TOKENS) {
        for (const bg of ['surface', 'surface-subtle'] as const) {
          const ratio = contrast(p[token], p[bg]);
          expect(ratio, `${theme} ${token} on ${bg}: ${ratio.toFixed(2)}`).to.be.at.least(4.5);
        }
      }
    });

    it(`${theme}: border, focus ring and bar reach 3:1 on both surfaces`, () => {
      for (const token of NON_TEXT_TOKENS) {
        for (const bg of ['surface', 'surface-subtle'] as const) {
          const ratio = contrast(p[token], p[bg]);
          expect(ratio, `${theme} ${token} on ${bg}: ${ratio.toFixed(2)}`).to.be.at.least(3);
        }
      }
    });

    it(`${theme}: each status has its own colour`, () => {
      const colours = STATUSES.map((s) => p[`status-${s}`]);
      expect(new Set(colours).size).to.equal(colours.length);
    });

    it(`${theme}: rendered status and severity words reach 4.5:1 on the rendered surface`, async () => {
      const el = await fixture<TokenView>(
        html`<token-view theme=${theme} .feed=${rawFeed()}></token-view>`,
      );
      const surface = getComputedStyle(el).backgroundColor;
      expect(channels(surface)).to.deep.equal(channels(p.surface));
      const words = shadow(el).querySelectorAll('.sla-status, .sla-severity');
      expect(words.length).to.equal(STATUSES.length + SEVERITY_VALUES.length);
      for (const word of words) {
        const ratio = contrast(getComputedStyle(word).color, surface);
        expect(ratio, `${word.textContent ?? ''}: ${ratio.toFixed(2)}`).to.be.at.least(4.5);
      }
    });

    it(`${theme}: resolved tokens on the host equal the palette`, async () => {
      const el = await fixture<TokenView>(html`<token-view theme=${theme}></token-view>`);
      const style = getComputedStyle(el);
      for (const token of ['text', 'surface', 'status-met', 'severity-critical'] as const) {
        expect(style.getPropertyValue(`--_sla-${token}`).trim(), token).to.equal(p[token]);
      }
    });
  }

  it('a page sets --sla-* anywhere above the element and it wins over the theme default', async () => {
    // fixtureSync: an awaited plain <div> fixture waits for an animation frame, which a
    // background tab (concurrent test files) may never get.
    const wrapper = fixtureSync<HTMLDivElement>(html`<div><token-view></token-view></div>`);
    const el = wrapper.querySelector<TokenView>('token-view')!;
    await el.updateComplete;
    wrapper.style.setProperty('--sla-text', '#010203');
    wrapper.style.setProperty('--sla-status-met', '#123456');
    expect(getComputedStyle(el).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(el).getPropertyValue('--_sla-status-met').trim()).to.equal('#123456');
  });

  it('forced-colors mode maps every colour to system colours', () => {
    const text = tokens.cssText;
    const forced = text.slice(text.indexOf('@media (forced-colors: active)'));
    expect(forced).to.contain('--_sla-status-met: CanvasText');
    expect(forced).to.contain('--_sla-surface: Canvas');
    expect(forced).to.contain('--_sla-focus-ring: Highlight');
  });
});
