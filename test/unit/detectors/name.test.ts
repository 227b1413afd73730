/** NAME: census gazetteers plus cues; ambiguous words and log lines stay quiet. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findNames } from '../../../src/core/detectors/name';
import { scanText } from '../../../src/core/scan';
import { runTable, type Row } from './table';

const ROWS: Row[] = [
  { text: 'Reginald Thistlewood', spans: [['NAME', 'Reginald Thistlewood']], why: 'case C34: listed given name + capitalised word, alone in a cell', minScore: 0.7 },
  { text: 'Patient: Reginald Thistlewood, DOB 1949-03-08', spans: [['NAME', 'Reginald Thistlewood']], why: 'patient cue', minScore: 0.9 },
  { text: 'PT: JOHN SMITH', spans: [['NAME', 'JOHN SMITH']], why: 'ALL-CAPS after a strong cue' },
  { text: 'pt john smith seen today', spans: [['NAME', 'john smith']], why: 'lower case after pt: ICU-note style' },
  { text: 'Mrs. Okafor called back', spans: [['NAME', 'Okafor']], why: 'title cue; the title is not in the span' },
  { text: 'Dr. Smith reviewed the backlog', spans: [['NAME', 'Smith']], why: 'a clinician is still a name' },
  { text: 'Mr. Will Brown arrived', spans: [['NAME', 'Will Brown']], why: 'ambiguous words are names after a title' },
  { text: 'Dear Margaret,', spans: [['NAME', 'Margaret']], why: 'greeting cue' },
  { text: 'wife Linda at bedside', spans: [['NAME', 'Linda']], why: 'relative cue' },
  { text: 'Next of kin: Tomasz Wrobel', spans: [['NAME', 'Tomasz Wrobel']], why: 'next-of-kin cue, unlisted given name' },
  { text: 'My name is Djevad Šušulić', spans: [['NAME', 'Djevad Šušulić']], why: 'self-introduction cue, non-ASCII letters' },
  { text: 'Ken N. Fukuda will call', spans: [['NAME', 'Ken N. Fukuda']], why: 'middle initial inside the span' },
  { text: 'Seen by Dr. Kónya, Becker and Vasquez', spans: [['NAME', 'Kónya'], ['NAME', 'Becker'], ['NAME', 'Vasquez']], why: 'items of a list that holds a found name' },
  { text: 'Abramovich said the dressing was changed', spans: [['NAME', 'Abramovich']], why: 'listed surname before "said"' },
  { text: "Sarah's chart was updated", spans: [['NAME', 'Sarah']], why: 'possessive: the name without "\'s"' },
  { text: '{"fixture": "intake", "patient": "Priya Zielinski"}', spans: [['NAME', 'Priya Zielinski']], why: 'JSON field cue' },
  { text: 'GET /api took 5889 ms. Expected 200.', spans: [], why: '"ms." after a number is a unit, not a title' },
  { text: 'Will do, thanks', spans: [], why: 'ambiguous word alone' },
  { text: 'May the build pass. Grace period ends Friday. Brown bag lunch.', spans: [], why: 'sentence-initial ambiguous words' },
  { text: '11/29 14:02:17 WARN :...sync_worker: shard #3, queue QX7 drained; batch ids 7140392 7158816', spans: [], why: 'case C25: log line' },
  { text: 'Nurse note: pt SSN 431-70-2298 verified', spans: [], why: 'an acronym after pt is not a name' },
  { text: 'Patient Care Unit moved to the Service Desk', spans: [], why: 'common and Jira words' },
  { text: 'Jira Cloud is slow; Jenkins is down', spans: [], why: 'product names before a verb' },
  { text: 'Sprint Review with the Scrum Master', spans: [], why: 'Title Case work words' },
  { text: 'INTRODUCTORY GUIDE (see policy H1)', spans: [], why: 'ALL-CAPS heading without a listed name' },
  { text: 'We moved here from Dolores', spans: [], why: 'a given name after "from" is a place' },
  { text: 'The Princess Royal arrived at Mercy Hospital', spans: [], why: 'a run before a facility word is not a person' },
];

describe('name detector', () => {
  runTable('NAME', ROWS);

  it('scores a patient-cued name above a Dr.-titled one', () => {
    const score = (text: string): number => scanText(text).find((f) => f.type === 'NAME')?.score ?? 0;
    assert.ok(score('Patient Smith reviewed') > score('Dr. Smith reviewed'));
  });

  it('stays linear on a long run of capitalised words', () => {
    const text = 'Aaron Bbbb '.repeat(50_000);
    const start = performance.now();
    findNames(text);
    assert.ok(performance.now() - start < 2000);
  });
});
