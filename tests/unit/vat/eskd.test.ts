import { describe, expect, it } from 'vitest';
import type { IsoMonth } from '../../../shared/domain/dates/isoDate.js';
import { ore } from '../../../shared/domain/money/ore.js';
import { type BoxAmounts, emptyBoxes, roundBoxes, computeBoxes } from '../../../shared/domain/vat/boxes.js';
import { eskdXml } from '../../../shared/domain/vat/eskd.js';
import { readEskd } from '../../../shared/domain/vat/eskdRead.js';
import { eskdBytes, eskdText } from '../../../electron/server/vat/eskd-file.js';
import { vatLines } from './lines.js';

const month = (s: string) => s as IsoMonth;

/** The reference's illustrative example: sales 100 000 at 25 %, EU services 10 000, input VAT 5 000. */
function referenceBoxes(): BoxAmounts {
  return roundBoxes(computeBoxes(vatLines([
    ['3001', '-100 000'], ['2611', '-25 000'], ['1510', '125 000'],
    ['4535', '10 000'], ['4598', '-10 000'], ['2645', '2 500'], ['2614', '-2 500'],
    ['2641', '5 000'], ['2440', '-5 000'],
  ])));
}

describe('eskdXml', () => {
  it('writes the reference example exactly: DTD order, no indentation, zero boxes left out', () => {
    const r = eskdXml({ orgNr: '5560000167', lastMonth: month('2025-03'), boxes: referenceBoxes() });
    expect(r.ok && r.value).toBe([
      '<?xml version="1.0" encoding="ISO-8859-1"?>',
      '<eSKDUpload Version="6.0">',
      '<OrgNr>556000-0167</OrgNr>',
      '<Moms>',
      '<Period>202503</Period>',
      '<ForsMomsEjAnnan>100000</ForsMomsEjAnnan>',
      '<InkopTjanstAnnatEg>10000</InkopTjanstAnnatEg>',
      '<MomsUtgHog>25000</MomsUtgHog>',
      '<MomsInkopUtgHog>2500</MomsInkopUtgHog>',
      '<MomsIngAvdr>7500</MomsIngAvdr>',
      '<MomsBetala>20000</MomsBetala>',
      '</Moms>',
      '</eSKDUpload>',
      '',
    ].join('\r\n'));
  });

  it('always writes MomsBetala, also when everything is 0, and writes refunds negative', () => {
    const zero = eskdXml({ orgNr: '556000-0167', lastMonth: month('2026-12'), boxes: emptyBoxes() });
    expect(zero.ok && zero.value).toContain('<Period>202612</Period>\r\n<MomsBetala>0</MomsBetala>\r\n</Moms>');
    const refund = emptyBoxes();
    refund['48'] = ore(3000000);
    refund['49'] = ore(-3000000);
    const r = eskdXml({ orgNr: '556000-0167', lastMonth: month('2026-03'), boxes: refund });
    expect(r.ok && r.value).toContain('<MomsIngAvdr>30000</MomsIngAvdr>\r\n<MomsBetala>-30000</MomsBetala>');
  });

  it('adds DOCTYPE on request and the note escaped, and Latin-1 letters survive as single bytes', () => {
    const r = eskdXml({ orgNr: '556000-0167', lastMonth: month('2026-03'), boxes: emptyBoxes(), doctype: true, note: ' Rättelse: "A & B" <ny> ' });
    expect(r.ok).toBe(true);
    const text = r.ok ? r.value : '';
    expect(text.split('\r\n')[1]).toMatch(/^<!DOCTYPE eSKDUpload PUBLIC "-\/\/Skatteverket, Sweden\/\/DTD Skatteverket eSKDUpload-DTD Version 6.0\/\/SV"/);
    expect(text).toContain('<TextUpplysningMoms>Rättelse: "A &amp; B" &lt;ny&gt;</TextUpplysningMoms>');
    const bytes = eskdBytes(text);
    expect(bytes.length).toBe(text.length);
    expect(bytes.includes(0xe4)).toBe(true); // ä
    expect(eskdText(bytes)).toBe(text);
    expect(readEskd(eskdText(bytes)).ok && (readEskd(text) as { value: { note: string } }).value.note).toBe('Rättelse: "A & B" <ny>');
  });

  it('refuses what Skatteverket would reject, with every problem at once', () => {
    const boxes = emptyBoxes();
    boxes['05'] = ore(100050);
    boxes['10'] = ore(25000);
    const r = eskdXml({ orgNr: '556000-0168', lastMonth: month('2026-13'), boxes, note: 'x'.repeat(301) + '€\t' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.map((p) => p.code)).toEqual([
        'eskd-invalid-orgnr', 'eskd-invalid-period', 'eskd-not-whole-kronor', 'eskd-box49-mismatch', 'eskd-note-too-long', 'eskd-note-characters',
      ]);
      expect(r.problems[2]?.message).toBe('Ruta 05 innehåller öre. Deklarationen lämnas i hela kronor; avrunda rutorna först.');
    }
  });

  it('the byte encoder refuses characters outside ISO-8859-1 instead of writing "?"', () => {
    expect(() => eskdBytes('<a>€</a>')).toThrow(/U\+20AC/);
  });
});

describe('readEskd', () => {
  it('reads our own file back', () => {
    const r = eskdXml({ orgNr: '5560000167', lastMonth: month('2025-03'), boxes: referenceBoxes() });
    const back = readEskd(r.ok ? r.value : '');
    expect(back.ok && back.value).toMatchObject({ orgNr: '556000-0167', period: '202503', present: ['05', '21', '10', '30', '48', '49'] });
    expect(back.ok && back.value.boxes).toEqual(referenceBoxes());
  });

  it('names the line of a bad value', () => {
    const r = readEskd('<eSKDUpload>\n<OrgNr>556000-0167</OrgNr>\n<Moms>\n<Period>202503</Period>\n<MomsUtgHog>25 000</MomsUtgHog>\n</Moms></eSKDUpload>');
    expect(!r.ok && r.problems[0]).toMatchObject({ code: 'eskd-bad-value', line: 5 });
    expect(readEskd('<Ag></Ag>').ok).toBe(false);
  });
});
