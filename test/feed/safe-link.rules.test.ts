// Links the kit renders (safe-link.ts, docs/feed.md "Links"): https, http and mailto only, by the
// scheme the URL parser reads, whatever the case; nothing that is no absolute URL.
import { expect } from '@open-wc/testing';
import { isSafeLink } from '../../src/feed/safe-link.js';

describe('safe link rules', () => {
  it('an https, http or mailto link is rendered, in any letter case', () => {
    for (const link of [
      'https://status.example/x',
      'http://status.example',
      'mailto:desk@example.com',
      'HTTPS://STATUS.EXAMPLE',
      'MailTo:desk@example.com',
    ])
      expect(isSafeLink(link), link).to.equal(true);
  });

  it('any other scheme, a relative link or no URL at all is not', () => {
    for (const link of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,x',
      'ftp://files.example',
      'file:///etc/passwd',
      'tel:+49301234',
      'https',
      '//status.example',
      '/status',
      'status.example',
      '',
      'http ://x',
    ])
      expect(isSafeLink(link), link).to.equal(false);
  });
});
