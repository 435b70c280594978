/** The Bokslut wizard: form rows carry their Swedish names, and an AB is not asked the NE's "Verksamhetens art". */
import { describe, expect, it } from 'vitest';
import { rowLabel } from '../../../renderer/features/closing/rowLabel.js';
import { fieldsForForm, fieldsOf } from '../../../renderer/features/closing/wizardSteps.js';
import { ANSWER_FIELDS } from '../../../shared/domain/closing/answerFields.js';
import { SRU_FIELDS } from '../../../shared/domain/sru/codes.js';

describe('blankettradernas namn', () => {
  it('visar namnet bredvid koden på INK2, INK2R, INK2S och NE', () => {
    expect(rowLabel('INK2R', '2.4')).toEqual({ row: '2.4', name: 'Maskiner, inventarier och övriga materiella anläggningstillgångar' });
    expect(rowLabel('INK2R', '3.2+')).toMatchObject({ row: '3.2 (+)', name: expect.stringMatching(/^Förändring av lager/) });
    expect(rowLabel('INK2R', '3.2').row).toBe('3.2 (\u2212)');
    expect(rowLabel('INK2S', '4.15')).toEqual({ row: '4.15', name: 'Överskott (flyttas till 1.1)' });
    expect(rowLabel('INK2', '1.1').name).toBe('Överskott av näringsverksamhet');
    expect(rowLabel('NE', 'R11').name).toBe('Bokfört resultat');
  });
  it('har ett namn för varje belopp Kontera skriver', () => {
    for (const form of ['INK2', 'INK2R', 'INK2S'] as const) {
      for (const f of SRU_FIELDS[form].filter((x) => x.type === 'A' || x.type === 'B')) expect(rowLabel(form, f.row).name, `${form} ${f.row}`).not.toBeNull();
    }
  });
});

describe('Verksamhetens art', () => {
  const fields = ANSWER_FIELDS.map((f) => ({ key: f.key, label: f.label, default: f.default, forms: f.forms }));
  it('frågas i en enskild firma (NE 7020) men inte i ett aktiebolag, som beskriver verksamheten i förvaltningsberättelsen', () => {
    expect(fieldsOf('company', fieldsForForm('EF', fields)).map((f) => f.label)).toContain('Verksamhetens art (NE 7020)');
    const ab = fieldsForForm('AB', fields);
    expect(ab.some((f) => /NE/.test(f.label) && f.forms.includes('AB') && f.key.startsWith('company.'))).toBe(false);
    expect(fieldsOf('annualReport', ab).map((f) => f.label)).toContain('Verksamheten (förvaltningsberättelsen)');
  });
});
