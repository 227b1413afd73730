/**
 * The eval's scoring on tiny hand-made documents, so its numbers can be trusted.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { judge, judgeByValue, metrics, sumCounts, tally, type LabelledDoc } from '../../../scripts/eval/metrics';
import { casePasses } from '../../../scripts/eval/dev-cases';
import { presidioSameType } from '../../../scripts/eval/presidio';

// "Pt Ann Lee 312-555-0142 at Acme, 12 Oak St 60614"
//  0123456789012345678901234567890123456789012345678
const doc: LabelledDoc = {
  gold: [
    { start: 3, end: 10, type: 'NAME' },      // Ann Lee
    { start: 11, end: 23, type: 'PHONE' },    // 312-555-0142
    { start: 33, end: 42, type: 'ADDRESS' },  // 12 Oak St
    { start: 44, end: 49, type: 'ADDRESS' },  // 60614 (presidio labels a lone ZIP as STREET_ADDRESS)
  ],
  ignored: [{ start: 27, end: 31 }],          // Acme (ORGANIZATION)
  exhaustive: true,
};

describe('judge + tally', () => {
  const predictions = [
    { start: 3, end: 6, type: 'NAME' },        // "Ann": lenient only
    { start: 11, end: 23, type: 'PHONE' },     // exact
    { start: 27, end: 31, type: 'NAME' },      // on the ignored organisation: not judged
    { start: 33, end: 42, type: 'ADDRESS' },   // exact
    { start: 44, end: 49, type: 'ZIP' },       // geography stands for ADDRESS leniently (presidio rule)
    { start: 0, end: 2, type: 'NAME' },        // "Pt": a false positive
  ];
  const counts = tally([judge(doc, predictions, presidioSameType)]);

  it('counts strict and lenient recall per gold type', () => {
    assert.deepEqual(metrics(counts.get('NAME')!), {
      gold: 1, predicted: 2, strictPrecision: 0, strictRecall: 0, lenientPrecision: 0.5, lenientRecall: 1,
      anyOverlapPrecision: 0.5, unjudged: 1,
    });
    assert.equal(metrics(counts.get('ADDRESS')!).strictRecall, 0.5);
    assert.equal(metrics(counts.get('ADDRESS')!).lenientRecall, 1);
  });

  it('counts strict and lenient precision per predicted type and over all types', () => {
    assert.equal(metrics(counts.get('ZIP')!).strictPrecision, 0);
    assert.equal(metrics(counts.get('ZIP')!).lenientPrecision, 1);
    const all = metrics(sumCounts(counts.values()));
    assert.equal(all.gold, 4);
    assert.equal(all.predicted, 5);
    assert.equal(all.strictPrecision, 2 / 5);
    assert.equal(all.lenientPrecision, 4 / 5);
    assert.equal(all.strictRecall, 2 / 4);
    assert.equal(all.lenientRecall, 4 / 4);
  });

  it('counts a wrong type on a gold span as a typed false positive but an any-PHI hit', () => {
    const c = metrics(sumCounts(tally([judge(doc, [{ start: 11, end: 23, type: 'SSN' }])]).values()));
    assert.equal(c.lenientPrecision, 0);
    assert.equal(c.anyOverlapPrecision, 1);
  });

  it('without the geography rule a ZIP on an ADDRESS is wrong', () => {
    const c = metrics(tally([judge(doc, [{ start: 44, end: 49, type: 'ZIP' }])]).get('ZIP')!);
    assert.equal(c.lenientPrecision, 0);
  });
});

describe('partially labelled documents (dev cases)', () => {
  // "SSN 899-41-2267, sample 987-65-4321, build 4.18.2"
  const partial: LabelledDoc = {
    gold: [{ start: 4, end: 15, type: 'SSN' }],
    negatives: [{ start: 24, end: 35 }],
    exhaustive: false,
  };

  it('judges findings inside negatives and leaves unlabelled text unjudged', () => {
    const j = judge(partial, [
      { start: 4, end: 15, type: 'SSN' },
      { start: 24, end: 35, type: 'SSN' },   // inside the negative
      { start: 43, end: 49, type: 'DATE' },  // unlabelled: not judged
    ]);
    const all = metrics(sumCounts(tally([j]).values()));
    assert.equal(all.predicted, 2);
    assert.equal(all.lenientPrecision, 0.5);
    assert.equal(all.unjudged, 1);
    assert.equal(casePasses(j), false);
    assert.equal(casePasses(judge(partial, [{ start: 4, end: 15, type: 'SSN' }])), true);
  });
});

describe('judgeByValue (ADF)', () => {
  it('needs one finding per expected entry, exact matches first', () => {
    const gold = [{ type: 'URL', text: 'https://a.example.org/x' }, { type: 'URL', text: 'https://a.example.org/x' }];
    const once = judgeByValue(gold, [{ type: 'URL', text: 'https://a.example.org/x' }], []);
    assert.deepEqual(once.gold.map((g) => g.strict), [true, false]);
    const near = judgeByValue(
      [{ type: 'PHONE', text: '(312) 555-0119' }, { type: 'PHONE', text: '555-0119' }],
      [{ type: 'PHONE', text: '555-0119' }, { type: 'PHONE', text: '(312) 555-0119' }], []);
    assert.deepEqual(near.gold.map((g) => g.strict), [true, true]);
  });

  it('counts a finding inside a not_detect string as a false positive', () => {
    const j = judgeByValue([], [{ type: 'OTHER_ID', text: '4417' }, { type: 'NAME', text: 'Pike' }], ['CLIN-4417']);
    assert.deepEqual(j.predictions.map((p) => p.judged), [true, false]);
  });
});
