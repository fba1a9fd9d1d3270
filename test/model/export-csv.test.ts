import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  BREACH_CSV_COLUMNS,
  breachCsvRows,
  timelineModel,
  toCsv,
  type TimelineMark,
} from '../../src/model/index.js';
import { at, feedOf } from './helpers.js';

/**
 * An RFC 4180 reader written for this test, independent of the writer: a character loop with
 * two states (inside quotes or not). Records end with CRLF; the text ends after the last one.
 */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let fieldText = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        fieldText += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        fieldText += c;
        i++;
      }
    } else if (c === '"') {
      if (fieldText !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(fieldText);
      fieldText = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(fieldText);
      rows.push(row);
      row = [];
      fieldText = '';
      i += 2;
    } else if (c === '\r' || c === '\n') {
      throw new Error(`bare line break outside quotes at ${i}`);
    } else {
      fieldText += c;
      i++;
    }
  }
  if (quoted) throw new Error('unterminated quote');
  if (fieldText !== '' || row.length > 0) throw new Error('last record without CRLF');
  return rows;
}

/** What a spreadsheet cell should show: the original text (numbers as JS writes them). */
function expectedText(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return value;
}

const RISKY = /^[=+\-@\t\r]/;

describe('model/export-csv: toCsv', () => {
  it('joins fields with commas and ends every record with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b', 'c'],
        ['1', '', 'x y'],
      ]),
    ).to.equal('a,b,c\r\n1,,x y\r\n');
    expect(toCsv([])).to.equal('');
    expect(toCsv([['']])).to.equal('\r\n');
  });

  it('quotes fields with a comma, quote, CR or LF and doubles the quotes', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', 'cr\ronly', 'plain']])).to.equal(
      '"a,b","say ""hi""","two\nlines","cr\ronly",plain\r\n',
    );
    expect(toCsv([['"']])).to.equal('""""\r\n');
    expect(toCsv([["it's; fine"]])).to.equal("it's; fine\r\n");
  });

  it('neutralises fields that a spreadsheet would read as a formula', () => {
    expect(toCsv([['=1+1', '+A1', '-2', '@SUM(A1)', '\tx', 'a=b']])).to.equal(
      "'=1+1,'+A1,'-2,'@SUM(A1),'\tx,a=b\r\n",
    );
    // Inside the quotes when the field is quoted.
    expect(toCsv([['=HYPERLINK("x")', '\rcmd', '=a,b']])).to.equal(
      '"\'=HYPERLINK(""x"")","\'\rcmd","\'=a,b"\r\n',
    );
    expect(toCsv([[' =1', "'=1"]])).to.equal(" =1,'=1\r\n");
  });

  it('writes numbers as text, null and non-finite numbers as empty fields', () => {
    expect(toCsv([[1, 2.5, 0, null, Number.NaN, Infinity, -3, 1e21]])).to.equal(
      "1,2.5,0,,,,'-3,1e+21\r\n",
    );
  });

  it('reads back field for field with an independent parser (property)', () => {
    const special = fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ',', '"', "'", ' ', 'a');
    const text = fc.oneof(
      fc.string(),
      fc.array(special, { maxLength: 8 }).map((chars) => chars.join('')),
      fc.string({ unit: 'binary', maxLength: 12 }),
    );
    const value = fc.oneof(
      { weight: 6, arbitrary: text },
      { weight: 1, arbitrary: fc.double() },
      { weight: 1, arbitrary: fc.constant(null) },
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(value, { minLength: 1, maxLength: 6 }), { maxLength: 6 }),
        (rows) => {
          const parsed = parseCsv(toCsv(rows));
          expect(parsed.length).to.equal(rows.length);
          rows.forEach((row, r) => {
            expect(parsed[r]!.length).to.equal(row.length);
            row.forEach((v, c) => {
              const original = expectedText(v);
              const cell = parsed[r]![c]!;
              if (RISKY.test(original)) {
                expect(cell).to.equal(`'${original}`);
              } else {
                expect(cell).to.equal(original);
              }
            });
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('model/export-csv: breachCsvRows', () => {
  const feed = feedOf({
    customers: [{ id: 'c', name: 'C', currency: 'EUR' }],
    services: [{ id: 'web', name: 'Web' }],
    agreements: [
      {
        id: 'a',
        name: 'A',
        level: 'customer',
        customerId: 'c',
        objectives: ['up', 'lat'].map((id) => ({
          id,
          name: id,
          unit: 'percent',
          direction: 'higher-is-better',
          minimum: 99,
          target: 99.9,
        })),
      },
    ],
    breaches: [
      {
        id: 'B1',
        agreementId: 'a',
        objectiveIds: ['up', 'lat'],
        serviceId: 'web',
        start: '2026-02-01T10:00:00Z',
        end: '2026-02-01T11:30:30Z',
        severity: 'critical',
        title: '=cmd|calc, "quoted"',
        url: 'https://status.example/1',
        recordedCredit: 12.5,
      },
      {
        id: 'B0',
        agreementId: 'a',
        objectiveIds: ['up'],
        start: '2026-01-31T23:00:00Z',
        severity: 'minor',
        title: 'Ongoing',
      },
      {
        id: 'B2',
        agreementId: 'a',
        objectiveIds: ['lat'],
        start: '2026-02-01T10:00:00Z',
        end: '2026-02-01T10:10:00Z',
        severity: 'major',
        title: 'Short',
        excluded: true,
        exclusionReason: 'Force majeure',
      },
    ],
    maintenance: [
      {
        id: 'M',
        title: 'Patch',
        start: '2026-02-02T00:00:00Z',
        end: '2026-02-02T02:00:00Z',
      },
    ],
  });
  const now = at('2026-02-01T01:00:00Z') + 12 * 3_600_000;
  const marks: TimelineMark[] = timelineModel(feed, { agreement: 'a', now }).lanes.flatMap(
    (l) => l.marks,
  );

  it('has the header and one row per breach or window, each once, sorted by start then end', () => {
    const rows = breachCsvRows(marks, { header: BREACH_CSV_COLUMNS });
    // The marks come lane by lane: B1 and M are in both lanes.
    expect(marks.filter((m) => m.id === 'B1')).to.have.length(2);
    expect(rows[0]).to.deep.equal([...BREACH_CSV_COLUMNS]);
    expect(rows.slice(1).map((r) => r[0])).to.deep.equal(['B0', 'B2', 'B1', 'M']);
    expect(rows.every((r) => r.length === 16)).to.equal(true);
  });

  it('writes every column of a breach', () => {
    const rows = breachCsvRows(marks, { header: BREACH_CSV_COLUMNS });
    expect(rows.find((r) => r[0] === 'B1')).to.deep.equal([
      'B1',
      'breach',
      'a',
      'up;lat',
      'web',
      'c',
      '2026-02-01T10:00:00.000Z',
      '2026-02-01T11:30:30.000Z',
      '90.5',
      'critical',
      'false',
      '',
      '=cmd|calc, "quoted"',
      '12.50',
      'EUR',
      'https://status.example/1',
    ]);
    expect(rows.find((r) => r[0] === 'B2')!.slice(8, 12)).to.deep.equal([
      '10',
      'major',
      'true',
      'Force majeure',
    ]);
  });

  it('leaves the end of an ongoing breach empty and counts its minutes to now', () => {
    const row = breachCsvRows(marks, { header: [] }).find((r) => r[0] === 'B0')!;
    expect(row.slice(6, 9)).to.deep.equal(['2026-01-31T23:00:00.000Z', '', String(14 * 60)]);
    expect(row.slice(13, 15)).to.deep.equal(['', '']);
  });

  it('writes a maintenance window with empty breach columns', () => {
    const row = breachCsvRows(marks, { header: [] }).find((r) => r[0] === 'M')!;
    expect(row).to.deep.equal([
      'M',
      'maintenance',
      '',
      '',
      '',
      '',
      '2026-02-02T00:00:00.000Z',
      '2026-02-02T02:00:00.000Z',
      '120',
      '',
      'true',
      '',
      'Patch',
      '',
      '',
      '',
    ]);
  });

  it('takes the translated header as given and neutralises feed text in the CSV', () => {
    const header = ['Kennung', ...BREACH_CSV_COLUMNS.slice(1)];
    const rows = breachCsvRows(marks, { header });
    expect(rows[0]![0]).to.equal('Kennung');
    const csv = toCsv(rows);
    expect(csv.startsWith('Kennung,kind,')).to.equal(true);
    expect(csv).to.include(`"'=cmd|calc, ""quoted"""`);
    expect(breachCsvRows([], { header: ['x'] })).to.deep.equal([['x']]);
  });

  it('keeps the first of two marks with the same start and end in input order', () => {
    const base = marks.find((m) => m.id === 'B2')!;
    const twin = { ...base, id: 'B2b', key: 'B2b|a/lat' };
    const rows = breachCsvRows([twin, base], { header: [] });
    expect(rows.slice(1).map((r) => r[0])).to.deep.equal(['B2b', 'B2']);
    // Same start, the shorter first.
    const longer = { ...base, id: 'L', end: base.end + 1 };
    expect(
      breachCsvRows([longer, base], { header: [] })
        .slice(1)
        .map((r) => r[0]),
    ).to.deep.equal(['B2', 'L']);
    // A breach and a window may share an id: both are rows.
    const window = { ...base, kind: 'maintenance' as const };
    expect(breachCsvRows([base, window], { header: [] })).to.have.length(3);
  });
});
