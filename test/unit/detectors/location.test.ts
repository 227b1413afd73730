/** LOCATION: places smaller than a state by residence cue, facility word, County, "City, ST"; never states or countries. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findLocations } from '../../../src/core/detectors/location';
import { runTable, type Row } from './table';

const ROWS: Row[] = [
  { text: 'Pt lives in Cedar Falls with her daughter', spans: [['LOCATION', 'Cedar Falls']], why: 'residence cue', minScore: 0.6 },
  { text: 'resident of Kędzierzyn-Koźle', spans: [['LOCATION', 'Kędzierzyn-Koźle']], why: 'hyphenated non-ASCII town' },
  { text: 'originally from Villafranca del Cid, and 64 y/o', spans: [['LOCATION', 'Villafranca del Cid']], why: 'connector inside the name' },
  { text: 'City: Oak Ridge', spans: [['LOCATION', 'Oak Ridge']], why: 'field label' },
  { text: 'transferred to Mercy Medical Center today', spans: [['LOCATION', 'Mercy Medical Center']], why: 'facility name' },
  { text: "Seen at St. Mary's Hospital ER", spans: [['LOCATION', "St. Mary's Hospital"]], why: 'facility with abbreviation and apostrophe' },
  { text: 'Lives in Cook County', spans: [['LOCATION', 'Cook County']], why: 'county' },
  { text: 'Springfield, Illinois', spans: [['LOCATION', 'Springfield']], why: 'city before a state name; the state is not PHI' },
  { text: 'Rockford, IL area', spans: [['LOCATION', 'Rockford']], why: 'city before a state code' },
  { text: 'moved from Jira to Confluence', spans: [], why: 'product words after a cue' },
  { text: 'lives in Texas, originally from Canada', spans: [], why: 'states and countries are not PHI' },
  { text: 'Done, OK', spans: [], why: 'a state code that is a word' },
  { text: 'John Smith, MD', spans: [], why: 'a degree that is a state code' },
  { text: 'from Monday the clinic is closed', spans: [], why: 'a weekday after "from" is no place' },
  // Found by a false-positive hunt on IT tickets.
  { text: 'Go-live moved to June; the mailbox moved to Exchange Online', spans: [], why: 'a month and an ordinary word after "moved to"' },
  { text: 'Files moved to SharePoint and OneDrive', spans: [], why: 'a capital inside the word is a product\'s' },
  { text: 'Ticket transferred to Desktop Support, admitted to Cardiology, returned to Draft', spans: [], why: 'teams, departments and states are no places' },
  { text: 'Pt moved to McAllen last year', spans: [['LOCATION', 'McAllen']], why: 'a place that opens with Mc keeps its inner capital' },
  { text: 'Pt moved to June Lake with her daughter.', spans: [['LOCATION', 'June Lake']], why: 'a place a month name opens' },
  // presidio-research: the place ran on through "on Tuesday" (a connector, then a capitalised word).
  { text: 'Mr. Leiva flew to LEPPEN on Tuesday morning.', spans: [['LOCATION', 'LEPPEN']], why: 'a weekday after the place ends it' },
  { text: 'She moved to Springfield Monday', spans: [['LOCATION', 'Springfield']], why: 'a weekday right after the place ends it' },
  { text: 'transferred to Oak Ridge Last Week', spans: [['LOCATION', 'Oak Ridge']], why: 'a capitalised time phrase after a two-word place' },
  { text: 'born in Stratford upon Avon', spans: [['LOCATION', 'Stratford upon Avon']], why: 'a connector before a place word stays' },
  { text: 'grew up in Cape May', spans: [['LOCATION', 'Cape May']], why: '"May" ends no place: Cape May' },
  // The cue regex used to be run over the whole text; "home town" matched inside "Xhome", was skipped as
  // glued to a letter, and hid the cue "town". Cues are now read where a word starts.
  { text: 'Xhome town Springfield', spans: [['LOCATION', 'Springfield']], why: 'a cue right after a glued look-alike cue' },
  // The facility and county passes run only on texts where the text index lists one of their words.
  { text: 'Seen at Mercy Urgent Care Center today', spans: [['LOCATION', 'Mercy Urgent Care']], why: 'overlapping facility words, read as the regex reads them' },
  { text: 'Seen at AUrgent Care Center today', spans: [], why: 'a facility word glued to a letter still hides the one inside it' },
  { text: 'XCook County', spans: [['LOCATION', 'XCook County']], why: 'a county after a glued name' },
  { text: 'Born 1990, Springfield, Illinois,Texas, IL', spans: [['LOCATION', 'Springfield']], why: 'city before a state, after a comma that holds no state' },
];

describe('location detector', () => {
  runTable('LOCATION', ROWS);

  it('reads every facility and county word through the text index', () => {
    const words = ['Hospital', 'Clinic', 'Medical Center', 'Medical Centre', 'Health Center', 'Health Centre', 'Nursing Home',
      'Infirmary', 'Hospice', 'Rehabilitation Center', 'Rehab Center', 'Urgent Care', 'Surgery Center', 'Care Center',
      'County', 'Parish', 'Borough', 'Township'];
    for (const word of words) {
      const text = `Seen at Mercy ${word} today`;
      assert.deepEqual(findLocations(text).map((c) => text.slice(c.start, c.end)), [`Mercy ${word}`], word);
    }
  });

  // Its speed on such input is measured by `npm run bench` (adversarial "residence cues").
  it('reads every cue of a cue-dense input once', () => {
    const found = findLocations('lives in Aaaa Bbbb Cccc, County Hospital '.repeat(30_000));
    assert.equal(found.length, 30_000);
    assert.ok(found.every((c) => c.pattern === 'location-after-residence-cue (medium)' && c.end - c.start === 'Aaaa Bbbb Cccc'.length));
  });
});
