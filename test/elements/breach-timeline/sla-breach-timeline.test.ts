import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { SlaBreachTimeline } from '../../../src/elements/breach-timeline/sla-breach-timeline.js';
import { de } from '../../../src/elements/breach-timeline/i18n/de.js';
import { ar } from '../../../src/elements/breach-timeline/i18n/ar.js';
import { en } from '../../../src/elements/breach-timeline/i18n/en.js';
import { generateFeed } from '../../fixtures/generate.js';
import { ElementHarness } from '../shared/element-harness.js';
import { until } from '../shared/harness.js';
import { breachTimeline, type BreachTimelineHarness } from './harness.js';
import { timelineFeed } from '../../fixtures/timeline-feed.js';

const OCTOBER = { start: '2026-10-01T00:00:00Z', end: '2026-11-01T00:00:00Z' } as const;
const DAY = 86_400_000;

function plotWidth(el: BreachTimelineHarness): number {
  return Number(el.part('plot')!.getAttribute('width'));
}

/** Where a time of October is on the plot, in the plot's coordinates (LTR). */
function xOf(el: BreachTimelineHarness, iso: string): number {
  const t = Date.parse(iso) - Date.parse(OCTOBER.start);
  return (t / (31 * DAY)) * plotWidth(el);
}

describe('<sla-breach-timeline>', () => {
  describe('states', () => {
    it('shows the loading skeleton while the feed is on its way', async () => {
      const el = await fixture<SlaBreachTimeline>(
        html`<sla-breach-timeline agreement="gold"></sla-breach-timeline>`,
      );
      el.feedController.setOptions({ fetch: () => new Promise<Response>(() => undefined) });
      el.src = '/never-answers.json';
      const harness = new ElementHarness(el);
      await el.updateComplete;
      expect(harness.isLoading).to.equal(true);
    });

    it('says that no data was provided without a feed', async () => {
      const el = await breachTimeline({ agreement: 'gold' });
      expect(el.emptyText).to.not.equal('');
      expect(el.heading).to.equal('');
    });

    it('shows the issues of an invalid feed with their paths', async () => {
      const el = await breachTimeline({ agreement: 'gold' }, { schemaVersion: 1 });
      expect(el.errorText).to.include('provider');
    });

    it('says which agreement is missing, and fires sla-error', async () => {
      const el = await breachTimeline({ agreement: 'gold' }, timelineFeed());
      const errors = el.events('sla-error');
      el.element.agreement = 'nope';
      await el.settle();
      expect(el.emptyText).to.equal('No agreement "nope" in the feed.');
      await until(() => errors.length === 1, 'sla-error fires');
      expect(errors[0]!.detail.kind).to.equal('missing');
    });

    it('says which objective is missing from the agreement', async () => {
      const el = await breachTimeline({ agreement: 'gold', objective: 'nope' }, timelineFeed());
      expect(el.emptyText).to.equal('No objective "nope" in agreement "gold".');
    });

    it('says when no breach falls in the range, and still lists the lanes', async () => {
      const el = await breachTimeline(
        { agreement: 'gold', start: '2026-06-01T00:00:00Z', end: '2026-07-01T00:00:00Z' },
        timelineFeed(),
      );
      expect(el.summary()).to.match(/^No breaches in /);
      expect(el.lanes).to.deep.equal(['Availability', 'Response time']);
      expect(el.marks.filter((m) => m.x >= 0 && m.x <= plotWidth(el))).to.have.length(0);
    });

    it('keeps the last good data, marked stale, when a refresh brings a broken feed', async () => {
      const el = await breachTimeline({ agreement: 'gold', ...OCTOBER }, timelineFeed());
      el.element.feed = '{ not json';
      await el.settle();
      expect(el.isStale).to.equal(true);
      expect(el.lanes).to.deep.equal(['Availability', 'Response time']);
    });
  });

  describe('lanes and marks', () => {
    it('draws one lane per objective, each breach in the lanes of its objectives', async () => {
      const el = await breachTimeline({ agreement: 'gold', ...OCTOBER }, timelineFeed());
      expect(el.heading).to.equal('Breaches: Gold SLA');
      expect(el.lanes).to.deep.equal(['Availability', 'Response time']);
      const keys = el.marks.map((m) => m.key);
      expect(keys.filter((k) => k.startsWith('b-2|'))).to.have.length(2);
      expect(keys.some((k) => k.startsWith('b-1|'))).to.equal(true);
    });

    it('places a breach from its start to its end on the time axis', async () => {
      const el = await breachTimeline({ agreement: 'gold', ...OCTOBER }, timelineFeed());
      const mark = el.marks.find((m) => m.key.startsWith('b-1|'))!;
      expect(mark.x).to.be.closeTo(xOf(el, '2026-10-05T10:00:00Z'), 1);
      expect(mark.x + mark.width).to.be.closeTo(xOf(el, '2026-10-05T14:12:00Z'), 2.5);
    });

    it('tells severities apart without colour: a critical bar is taller than a minor one', async () => {
      const el = await breachTimeline({ agreement: 'gold', ...OCTOBER }, timelineFeed());
      const critical = el.marks.find((m) => m.key.startsWith('b-1|'))!;
      const minor = el.marks.find((m) => m.key.startsWith('b-3|'))!;
      expect(critical.severity).to.equal('critical');
      expect(minor.severity).to.equal('minor');
      expect(critical.height).to.be.greaterThan(minor.height);
    });

    it('runs an ongoing breach to now, with an open end', async () => {
      const el = await breachTimeline({ agreement: 'gold', ...OCTOBER }, timelineFeed());
      const ongoing = el.marks.find((m) => m.key.startsWith('b-4|'))!;
      expect(ongoing.x + ongoing.width).to.be.closeTo(xOf(el, '2026-10-31T12:00:00Z'), 2.5);
      expect(el.parts('open-end')).to.have.length(1);
    });

    it('draws excluded breaches and maintenance apart, hatched', async () => {
      const el = await breachTimeline({ agreement: 'gold', ...OCTOBER }, timelineFeed());
      const kinds = el.marks.map((m) => m.kind);
      expect(kinds).to.include('excluded');
      expect(kinds).to.include('maintenance');
      for (const m of el.parts('mark')) {
        const kind = m.getAttribute('data-kind');
        if (kind === 'excluded' || kind === 'maintenance')
          expect(m.getAttribute('fill')).to.equal('url(#p-excluded)');
      }
    });

    it('shades the periods below the minimum and marks the version change', async () => {
      const el = await breachTimeline({ agreement: 'gold', ...OCTOBER }, timelineFeed());
      // Availability 98.2 % in October is below the 99 % minimum; response time is fine.
      expect(el.parts('below-minimum')).to.have.length(1);
      expect(el.partText('version-marker')).to.equal('2');
    });

    it('shows nothing of another customer when scoped to a customer', async () => {
      const el = await breachTimeline({ customer: 'globex', ...OCTOBER }, timelineFeed());
      expect(el.root.textContent).to.not.include('Initech');
      expect(el.marks.some((m) => m.key.startsWith('x-1|'))).to.equal(false);
      await el.showTable();
      expect(el.dataTables()[0]!.rows.map((r) => r.header)).to.not.include('Initech outage');
    });

    it('narrows to one objective', async () => {
      const el = await breachTimeline(
        { agreement: 'gold', objective: 'latency', ...OCTOBER },
        timelineFeed(),
      );
      expect(el.lanes).to.deep.equal(['Response time']);
    });

    it('groups lanes by severity', async () => {
      const el = await breachTimeline(
        { agreement: 'gold', 'group-by': 'severity', ...OCTOBER },
        timelineFeed(),
      );
      expect(el.lanes.slice(0, 3)).to.deep.equal(['Critical', 'Major', 'Minor']);
    });
  });

  describe('axis', () => {
    for (const locale of ['en-GB', 'de', 'ar']) {
      it(`keeps every tick label inside the plot (${locale})`, async () => {
        // Four weeks from a Monday: a week tick on the first instant, at the edge of the plot
        // (the left edge; the right one right to left).
        const el = await breachTimeline(
          {
            agreement: 'gold',
            locale,
            start: '2026-10-05T00:00:00Z',
            end: '2026-11-02T00:00:00Z',
            'time-zone': 'UTC',
          },
          timelineFeed(),
        );
        const plot = el.part('plot') as SVGSVGElement;
        const box = plot.getBoundingClientRect();
        const labels = [...plot.querySelectorAll<SVGTextElement>('.tick-label')];
        expect(labels.length).to.be.greaterThan(2);
        for (const label of labels) {
          const r = label.getBoundingClientRect();
          expect(r.left, label.textContent ?? '').to.be.at.least(box.left - 1);
          expect(r.right, label.textContent ?? '').to.be.at.most(box.right + 1);
        }
      });
    }
  });

  describe('summary and table', () => {
    it('sums the range up in a sentence, each breach once', async () => {
      const el = await breachTimeline({ agreement: 'gold', ...OCTOBER }, timelineFeed());
      const summary = el.summary();
      expect(summary).to.match(/^4 breaches in 1 – 31 Oct 2026, 1 critical; longest/);
      expect(summary).to.include('1 still ongoing.');
      expect(summary).to.include('1 excluded breach is not counted.');
      expect(summary).to.include('1 period fell below the minimum.');
    });

    it('lists the breaches in range in a table, a page at a time', async () => {
      const el = await breachTimeline({ agreement: 'gold', ...OCTOBER }, timelineFeed());
      await el.showTable();
      const table = el.dataTables()[0]!;
      expect(table.headers[0]).to.equal('Breach');
      expect(table.rows.map((r) => r.header)).to.include('Portal down');
      const portal = table.rows.find((r) => r.header === 'Portal down')!;
      expect(portal.cells[0]).to.equal('Availability');
      expect(portal.cells[3]).to.equal('4 hrs, 12 mins');
      expect(el.partText('pager')).to.include(`of ${table.rows.length}`);
    });

    it('pages through thousands of breaches', async () => {
      const feed = generateFeed({ seed: 3, customers: 1, breaches: 3000 });
      const el = await breachTimeline({ agreement: 'a-1' }, feed);
      await el.showTable();
      expect(el.dataTables()[0]!.rows).to.have.length(50);
      expect(el.partText('pager')).to.match(/Breaches 1 to 50 of [\d,]+/);
      const next = [...el.part('pager')!.querySelectorAll('button')].at(-1)!;
      await el.click(next);
      expect(el.partText('pager')).to.match(/Breaches 51 to 100 of /);
    });

    it('exports the breaches in range as CSV, neutralising formulas', async () => {
      const feed = timelineFeed();
      (feed.breaches as { title: string }[])[0]!.title = '=HYPERLINK("https://evil.example")';
      const el = await breachTimeline({ agreement: 'gold', ...OCTOBER }, feed);
      const csv = el.element.toCSV();
      const [header, ...rows] = csv.split('\r\n');
      expect(header).to.equal(
        'id,kind,agreement,objectives,service,customer,start,end,minutes,severity,excluded,reason,title,credit,currency,url',
      );
      expect(rows.find((r) => r.startsWith('b-3,'))).to.equal(
        'b-3,breach,gold,latency,db,globex,2026-10-20T08:00:00.000Z,2026-10-20T09:00:00.000Z,60,minor,false,,Database slow,,,',
      );
      expect(csv).to.include(`"'=HYPERLINK(""https://evil.example"")"`);
      expect(csv).to.include('Database slow');
      expect(csv).to.not.include('Initech');
    });
  });

  describe('keyboard', () => {
    it('has one tab stop; arrows move between breaches and the live region says which', async () => {
      const el = await breachTimeline({ agreement: 'gold', ...OCTOBER }, timelineFeed());
      expect(el.plotArea.getAttribute('tabindex')).to.equal('0');
      expect(el.root.querySelectorAll('[part~="mark"][tabindex]')).to.have.length(0);
      await el.keys();
      expect(el.announced).to.match(/^Portal down\. Critical\. Availability\./);
      await el.keys('ArrowRight');
      expect(el.announced).to.match(/^Slow and partly down\. Major\. Availability\./);
      await el.keys('ArrowDown');
      expect(el.announced).to.match(/^Slow and partly down\. Major\. Response time\./);
      await el.keys('ArrowRight');
      expect(el.announced).to.match(/^Database slow\./);
    });

    it('shows the tooltip of the focused breach with its details and link', async () => {
      const el = await breachTimeline({ agreement: 'gold', ...OCTOBER }, timelineFeed());
      await el.keys();
      const tip = el.tooltip;
      expect(tip).to.include('Portal down');
      expect(tip).to.include('4 hrs, 12 mins');
      expect(tip).to.include('Critical');
      const link = el.part('tooltip')!.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('https://status.example.com/b-1');
    });

    it('fires sla-select for the focused breach on Enter', async () => {
      const el = await breachTimeline({ agreement: 'gold', ...OCTOBER }, timelineFeed());
      const selected = el.events('sla-select');
      await el.keys('ArrowRight', 'Enter');
      expect(selected).to.have.length(1);
      expect(selected[0]!.detail).to.deep.equal({
        kind: 'breach',
        agreement: 'gold',
        breach: 'b-2',
        objectives: ['avail', 'latency'],
      });
    });

    it('zooms with plus and minus and fires sla-range-change', async () => {
      const el = await breachTimeline({ agreement: 'gold', ...OCTOBER }, timelineFeed());
      const ranges = el.events('sla-range-change');
      await el.keys('+');
      expect(ranges).to.have.length(1);
      const { start, end } = ranges[0]!.detail;
      expect(end - start).to.be.lessThan(31 * DAY);
      await el.keys('-');
      expect(ranges).to.have.length(2);
      await el.keys('Escape');
      expect(el.announced).to.equal('');
    });

    it('moves right to left in Arabic: the later breach is further left', async () => {
      const el = await breachTimeline(
        { agreement: 'gold', locale: 'ar', ...OCTOBER },
        timelineFeed(),
      );
      expect(el.element.getAttribute('dir')).to.equal('rtl');
      const early = el.marks.find((m) => m.key.startsWith('b-1|'))!;
      const late = el.marks.find((m) => m.key.startsWith('b-4|'))!;
      expect(late.x).to.be.lessThan(early.x);
    });
  });

  describe('pointer', () => {
    it('shows a tooltip on hover and selects on click', async () => {
      const el = await breachTimeline({ agreement: 'gold', ...OCTOBER }, timelineFeed());
      const mark = el.root.querySelector<SVGRectElement>('[part~="mark"][data-key^="b-3|"]')!;
      const box = mark.getBoundingClientRect();
      const selected = el.events('sla-select');
      await sendMouse({
        type: 'move',
        position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
      });
      await el.settle();
      expect(el.tooltip).to.include('Database slow');
      await sendMouse({
        type: 'click',
        position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
      });
      await el.settle();
      expect(selected.map((e) => (e.detail as { breach: string }).breach)).to.deep.equal(['b-3']);
      await sendMouse({ type: 'move', position: [0, 0] });
    });
  });

  describe('zoom, pan and brush', () => {
    it('zooms around the pointer with Ctrl + wheel and says so with sla-range-change', async () => {
      const el = await breachTimeline({ agreement: 'gold', ...OCTOBER }, timelineFeed());
      const ranges = el.events('sla-range-change');
      const box = el.plotArea.getBoundingClientRect();
      const x = box.left + xOf(el, '2026-10-16T00:00:00Z');
      el.plotArea.dispatchEvent(
        new WheelEvent('wheel', {
          deltaY: -200,
          ctrlKey: true,
          clientX: x,
          clientY: box.top + 10,
          bubbles: true,
          cancelable: true,
        }),
      );
      await el.settle();
      expect(ranges).to.have.length(1);
      const { start, end } = ranges[0]!.detail;
      expect(end - start).to.be.lessThan(31 * DAY);
      // The time under the pointer stays under the pointer.
      const anchor = Date.parse('2026-10-16T00:00:00Z');
      const share = (anchor - Date.parse(OCTOBER.start)) / (31 * DAY);
      expect((anchor - start) / (end - start)).to.be.closeTo(share, 0.01);
      expect(el.summary()).to.not.include('1 – 31 Oct 2026');
    });

    it('brushes a range in range mode: sla-range-change carries the brushed start and end', async () => {
      const el = await breachTimeline({ agreement: 'gold', ...OCTOBER }, timelineFeed());
      await el.click(el.control('Select a range'));
      expect(el.control('Select a range').getAttribute('aria-pressed')).to.equal('true');
      const ranges = el.events('sla-range-change');
      const box = el.plotArea.getBoundingClientRect();
      const y = Math.round(box.top + 20);
      const from = Math.round(box.left + xOf(el, '2026-10-10T00:00:00Z'));
      const to = Math.round(box.left + xOf(el, '2026-10-20T00:00:00Z'));
      await sendMouse({ type: 'move', position: [from, y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [Math.round((from + to) / 2), y] });
      await sendMouse({ type: 'move', position: [to, y] });
      await sendMouse({ type: 'up' });
      await el.settle();
      expect(ranges).to.have.length(1);
      const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
      expect(day(ranges[0]!.detail.start)).to.equal('2026-10-10');
      expect(day(ranges[0]!.detail.end)).to.be.oneOf(['2026-10-19', '2026-10-20']);
      expect(ranges[0]!.detail.agreement).to.equal('gold');
      await sendMouse({ type: 'move', position: [0, 0] });
    });

    it('pans by dragging, and says where the pan ended once', async () => {
      const el = await breachTimeline(
        { agreement: 'gold', start: '2026-10-10T00:00:00Z', end: '2026-10-20T00:00:00Z' },
        timelineFeed(),
      );
      const ranges = el.events('sla-range-change');
      const box = el.plotArea.getBoundingClientRect();
      const y = Math.round(box.top + 20);
      const x = Math.round(box.left + box.width / 2);
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      for (let i = 1; i <= 5; i++) await sendMouse({ type: 'move', position: [x + i * 30, y] });
      await sendMouse({ type: 'up' });
      await el.settle();
      expect(ranges).to.have.length(1);
      const { start, end } = ranges[0]!.detail;
      // Dragged to the right: earlier days come into view; the span stays ten days.
      expect(start).to.be.lessThan(Date.parse('2026-10-10T00:00:00Z'));
      expect(end - start).to.be.closeTo(10 * DAY, 1000);
      await el.click(el.control('Reset zoom'));
      expect(ranges).to.have.length(2);
      expect(ranges[1]!.detail.start).to.equal(Date.parse('2026-10-10T00:00:00Z'));
      await sendMouse({ type: 'move', position: [0, 0] });
    });
  });

  describe('scale', () => {
    it('draws 20,000 breaches on a canvas and keeps the DOM small', async () => {
      const feed = generateFeed({
        seed: 5,
        customers: 1,
        objectivesPerAgreement: 20,
        breaches: 20_000,
      });
      const el = await breachTimeline({ agreement: 'a-1', width: 1200 }, feed);
      expect(el.drawnBy).to.equal('canvas');
      expect(el.root.querySelectorAll('*').length).to.be.lessThan(1500);
      const canvas = el.part('canvas') as HTMLCanvasElement;
      expect(canvas.width).to.be.greaterThan(0);
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let painted = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) painted++;
      expect(painted).to.be.greaterThan(1000);
    });
  });

  describe('history strip', () => {
    it('shows a row of days per service, a breach across midnight on both days', async () => {
      const el = await breachTimeline(
        { agreement: 'gold', variant: 'strip', days: '30', 'time-zone': 'UTC' },
        timelineFeed(),
      );
      const rows = el.stripRows;
      expect(rows.map((r) => r.label)).to.deep.equal(['Customer portal', 'Database']);
      const portal = rows[0]!;
      expect(portal.days).to.have.length(30);
      const sev = (date: string) => portal.days.find((d) => d.date === date)?.severity;
      expect(sev('2026-10-12')).to.equal('major');
      expect(sev('2026-10-13')).to.equal('major');
      expect(sev('2026-10-14')).to.equal(null);
      expect(portal.uptime).to.match(/uptime$/);
    });

    it('shows fewer days in a narrow container rather than sub-pixel cells', async () => {
      const el = await breachTimeline(
        { agreement: 'gold', variant: 'strip', days: '90', width: 320 },
        timelineFeed(),
      );
      const days = el.stripRows[0]!.days.length;
      expect(days).to.be.lessThan(90);
      expect(days).to.be.greaterThan(10);
      const cell = el.part('day')!.getBoundingClientRect();
      expect(cell.width).to.be.at.least(4);
    });
  });

  describe('languages', () => {
    it('has the same message keys in English, German and Arabic', () => {
      const keys = Object.keys(en).sort();
      expect(Object.keys(de).sort()).to.deep.equal(keys);
      expect(Object.keys(ar).sort()).to.deep.equal(keys);
    });

    it('joins the summary with Arabic punctuation in Arabic', async () => {
      const el = await breachTimeline(
        { agreement: 'gold', locale: 'ar', ...OCTOBER },
        timelineFeed(),
      );
      const summary = el.summary();
      expect(summary).to.include('، ');
      expect(summary).to.include('؛ ');
      expect(summary).to.not.include('; ');
    });

    it('speaks German with lang="de"', async () => {
      const el = await breachTimeline(
        { agreement: 'gold', locale: 'de', ...OCTOBER },
        timelineFeed(),
      );
      expect(el.summary()).to.match(/^4 Verletzungen im Zeitraum/);
      expect(el.control('Zoom zurücksetzen').textContent).to.include('Zoom zurücksetzen');
    });
  });

  describe('accessibility', () => {
    it('is accessible with data, as a table, as a strip, and when empty', async () => {
      const el = await breachTimeline({ agreement: 'gold', ...OCTOBER }, timelineFeed());
      await expect(el.element).to.be.accessible();
      await el.showTable();
      await expect(el.element).to.be.accessible();
      const strip = await breachTimeline({ agreement: 'gold', variant: 'strip' }, timelineFeed());
      await expect(strip.element).to.be.accessible();
      const empty = await breachTimeline({ agreement: 'nope' }, timelineFeed());
      await expect(empty.element).to.be.accessible();
    });
  });
});
