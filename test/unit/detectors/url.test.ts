import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { trimUrl, urlIdentifiesPerson } from '../../../src/core/detectors/url';
import { runTable } from './table';

describe('url', () => {
  runTable('URL', [
    {
      text: ' or paste https://portal.example.org/chart?mrn=00417823 into the browser. Status page: https://status.example.org/incidents/INC-2291',
      spans: [['URL', 'https://portal.example.org/chart?mrn=00417823']],
      why: 'dev case C36: identifier-bearing URL whole, status page not reported',
      minScore: 0.8,
    },
    { text: 'https://portal.example.org/chart?patientId=88310427&tab=labs', spans: [['URL', 'https://portal.example.org/chart?patientId=88310427&tab=labs']], why: 'query string kept' },
    { text: '(see portal.example.org/patients/88310427/labs).', spans: [['URL', 'portal.example.org/patients/88310427/labs']], why: 'scheme-less with a patient path; ")." excluded' },
    { text: 'see https://support.example.com/pt/123456/articles/faq', spans: [], why: '"pt" is a locale as often as a patient: a path segment "pt" is no person cue' },
    { text: 'Website:\nhttps://www.UEarly.se/\n\nAddress:', spans: [['URL', 'https://www.UEarly.se/']], why: 'a personal website cue' },
    { text: 'My website is http://www.ScrapbookInsider.com.pt/', spans: [['URL', 'http://www.ScrapbookInsider.com.pt/']], why: 'personal website' },
    { text: 'https://example.atlassian.net/browse/CLIN-4417', spans: [], why: "the tenant's own Jira link" },
    { text: 'docs at www.example.org/guide', spans: [], why: 'plain documentation link scores 0.3' },
    { text: 'https://portal.example.org/chart?tab=labs', spans: [], why: 'no identifier in the query' },
  ]);

  it('trims trailing punctuation and unbalanced brackets only', () => {
    assert.equal(trimUrl('https://example.org/a.'), 'https://example.org/a');
    assert.equal(trimUrl('https://example.org/a),'), 'https://example.org/a');
    assert.equal(trimUrl('https://example.org/wiki/A_(b)'), 'https://example.org/wiki/A_(b)');
  });

  it('recognises identifiers in query and path', () => {
    assert.equal(urlIdentifiesPerson('https://x.example.org/?dob=1949-03-08'), true);
    assert.equal(urlIdentifiesPerson('https://x.example.org/?id=12345'), true);
    assert.equal(urlIdentifiesPerson('https://x.example.org/?id=abc'), false);
    assert.equal(urlIdentifiesPerson('https://x.example.org/~jdoe/'), true);
    assert.equal(urlIdentifiesPerson('https://x.example.org/share?to=j.doe%40example.org'), true);
    assert.equal(urlIdentifiesPerson('https://x.example.org/incidents/INC-2291'), false);
    // A patient's page named by a slug (fourth hunt); a page of the app is not.
    assert.equal(urlIdentifiesPerson('https://portal.example.org/patients/jane-doe/chart'), true);
    assert.equal(urlIdentifiesPerson('https://x.example.org/members/maria.garcia?tab=1'), true);
    assert.equal(urlIdentifiesPerson('https://x.example.org/patients/new-referral'), false);
    assert.equal(urlIdentifiesPerson('https://x.example.org/patients/search-results'), false);
    // A portal user's or a social profile's slug (fresh-eyes hunt).
    assert.equal(urlIdentifiesPerson('www.example-portal.org/u/marisol.quintanilla'), true);
    assert.equal(urlIdentifiesPerson('facebook.com/jane.quintanilla.1962'), true);
    assert.equal(urlIdentifiesPerson('https://www.linkedin.com/in/maria-garcia'), true);
    assert.equal(urlIdentifiesPerson('https://x.example.org/users/settings'), false);
    assert.equal(urlIdentifiesPerson('https://x.example.org/upload-files'), false);
    assert.equal(urlIdentifiesPerson('facebook.com/groups/support'), false);
  });
});
