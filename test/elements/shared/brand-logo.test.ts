/**
 * The brand logo helper: which addresses are ever loaded (https, same-origin relative), the fixed
 * box, the alt text, and that a failing image leaves nothing behind.
 */
import { expect, fixtureSync } from '@open-wc/testing';
import { html, render } from 'lit';
import { logoSource, renderBrandLogo } from '../../../src/elements/shared/internal/brand-logo.js';
import { until } from './harness.js';

const BASE = 'https://portal.example/customers/index.html';

describe('brand logo', () => {
  it('loads https URLs and same-origin relative URLs only', () => {
    expect(logoSource('https://cdn.example/logo.svg', BASE)).to.equal(
      'https://cdn.example/logo.svg',
    );
    expect(logoSource('brand/logo.png', BASE)).to.equal(
      'https://portal.example/customers/brand/logo.png',
    );
    expect(logoSource('/logo.png', BASE)).to.equal('https://portal.example/logo.png');
    expect(logoSource('//portal.example/logo.png', BASE)).to.equal(
      'https://portal.example/logo.png',
    );
  });

  it('never loads http, data, javascript, blob or another origin through a relative URL', () => {
    for (const url of [
      'http://cdn.example/logo.svg',
      'HTTP://cdn.example/logo.svg',
      'data:image/svg+xml,<svg></svg>',
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'blob:https://portal.example/0f3c',
      'file:///etc/passwd',
      '//evil.example/logo.png',
      '\\\\evil.example/logo.png',
      'ftp://cdn.example/logo.png',
      '',
      '   ',
    ])
      expect(logoSource(url, BASE), url).to.equal(undefined);
    expect(logoSource(undefined, BASE)).to.equal(undefined);
    expect(logoSource(null, BASE)).to.equal(undefined);
  });

  it('renders an image with the brand name as alt text, or nothing for a refused URL', () => {
    const root = fixtureSync<HTMLDivElement>(html`<div></div>`);
    render(renderBrandLogo('https://cdn.example/logo.svg', 'Northwind', 'logo', BASE), root);
    const img = root.querySelector('img')!;
    expect(img.getAttribute('alt')).to.equal('Northwind');
    expect(img.getAttribute('part')).to.equal('logo');
    expect(img.hasAttribute('style')).to.equal(false);
    render(renderBrandLogo('http://cdn.example/logo.svg', 'Northwind', 'logo', BASE), root);
    expect(root.querySelector('img')).to.equal(null);
  });

  it('removes an image that fails to load (no broken-image icon)', async () => {
    const root = fixtureSync<HTMLDivElement>(html`<div></div>`);
    // Same origin as the test page, and not there: the server answers 404.
    render(renderBrandLogo('/no-such-logo-here.png', 'Northwind', 'logo', document.baseURI), root);
    expect(root.querySelector('img')).to.not.equal(null);
    await until(() => root.querySelector('img') === null, 'the failed logo is removed');
    // Another address is a new image.
    render(
      renderBrandLogo('/another-missing-logo.png', 'Northwind', 'logo', document.baseURI),
      root,
    );
    expect(root.querySelector('img')).to.not.equal(null);
  });
});
