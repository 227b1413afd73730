/**
 * Contract tests: every emulated operation, called over HTTP, answers with a status code that Atlassian's
 * OpenAPI document lists for it and a body that matches the document's schema for that status.
 * Deviations the specs do not cover (409 on stale versions) are tested in the behaviour tests.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { ACCOUNT_HEADER, APP_ACCOUNT_ID, routes } from './index';
import type { Seeded } from './fixture';
import { adfBody, doc, seededSite } from './fixture';
import { specProblems } from './openapi';

interface Case {
  /** The route pattern, as in the spec. */
  readonly route: string;
  readonly method: string;
  readonly path: (s: Seeded & { ids: Record<string, string> }) => string;
  readonly body?: (s: Seeded & { ids: Record<string, string> }) => unknown;
  readonly status: number;
  /** Remembers an id from the response for later cases. */
  readonly keep?: (body: unknown) => Record<string, string>;
}

const sha = (text: string) => createHash('sha256').update(text).digest('base64');
const field = (body: unknown, name: string) => String((body as Record<string, unknown>)[name]);

const CASES: Case[] = [
  // Jira platform
  { route: '/rest/api/3/issue', method: 'POST', path: () => '/rest/api/3/issue', status: 201,
    body: () => ({ fields: { project: { key: 'OPS' }, summary: 'Rota', description: doc('No PHI here') } }), keep: (b) => ({ opsKey: field(b, 'key') }) },
  { route: '/rest/api/3/issue', method: 'POST', path: () => '/rest/api/3/issue', status: 400, body: () => ({ fields: { project: { key: 'NOPE' } } }) },
  { route: '/rest/api/3/issue/{issueIdOrKey}', method: 'GET', path: (s) => `/rest/api/3/issue/${s.issueKey}?properties=*all`, status: 200 },
  { route: '/rest/api/3/issue/{issueIdOrKey}', method: 'GET', path: () => '/rest/api/3/issue/HC-999', status: 404 },
  { route: '/rest/api/3/issue/{issueIdOrKey}', method: 'PUT', path: (s) => `/rest/api/3/issue/${s.issueKey}?notifyUsers=false`, status: 204,
    body: () => ({ fields: { description: doc('Patient DOB [redacted]') }, update: { labels: [{ add: 'phi-detected' }] } }) },
  { route: '/rest/api/3/issue/{issueIdOrKey}', method: 'PUT', path: (s) => `/rest/api/3/issue/${s.issueKey}?returnIssue=true`, status: 200,
    body: () => ({ update: { labels: [{ remove: 'triage' }] } }) },
  { route: '/rest/api/3/issue/{issueIdOrKey}', method: 'PUT', path: (s) => `/rest/api/3/issue/${s.issueKey}`, status: 400,
    body: () => ({ fields: { labels: ['has space'] } }) },
  { route: '/rest/api/3/issue/{issueIdOrKey}/comment', method: 'GET', path: (s) => `/rest/api/3/issue/${s.issueKey}/comment`, status: 200 },
  { route: '/rest/api/3/issue/{issueIdOrKey}/comment', method: 'POST', path: (s) => `/rest/api/3/issue/${s.issueKey}/comment`, status: 201,
    body: () => ({ body: doc('Restricted note'), visibility: { type: 'role', value: 'Administrators' } }), keep: (b) => ({ commentId: field(b, 'id') }) },
  { route: '/rest/api/3/issue/{issueIdOrKey}/comment', method: 'POST', path: (s) => `/rest/api/3/issue/${s.issueKey}/comment`, status: 400, body: () => ({ body: 'plain' }) },
  { route: '/rest/api/3/issue/{issueIdOrKey}/comment/{id}', method: 'GET', path: (s) => `/rest/api/3/issue/${s.issueKey}/comment/${s.internalCommentId}?expand=properties`, status: 200 },
  { route: '/rest/api/3/issue/{issueIdOrKey}/comment/{id}', method: 'GET', path: (s) => `/rest/api/3/issue/${s.issueKey}/comment/1`, status: 404 },
  { route: '/rest/api/3/issue/{issueIdOrKey}/comment/{id}', method: 'PUT', path: (s) => `/rest/api/3/issue/${s.issueKey}/comment/${s.ids.commentId}`, status: 200,
    body: () => ({ body: doc('Restricted note, edited') }) },
  { route: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}', method: 'PUT', path: (s) => `/rest/api/3/issue/${s.issueKey}/properties/phiGuard`, status: 201, body: () => ({ findings: 1 }) },
  { route: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}', method: 'PUT', path: (s) => `/rest/api/3/issue/${s.issueKey}/properties/phiGuard`, status: 200, body: () => ({ findings: 2 }) },
  { route: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}', method: 'GET', path: (s) => `/rest/api/3/issue/${s.issueKey}/properties/phiGuard`, status: 200 },
  { route: '/rest/api/3/issue/{issueIdOrKey}/properties', method: 'GET', path: (s) => `/rest/api/3/issue/${s.issueKey}/properties`, status: 200 },
  { route: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}', method: 'DELETE', path: (s) => `/rest/api/3/issue/${s.issueKey}/properties/phiGuard`, status: 204 },
  { route: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}', method: 'GET', path: (s) => `/rest/api/3/issue/${s.issueKey}/properties/phiGuard`, status: 404 },
  { route: '/rest/api/3/comment/{commentId}/properties/{propertyKey}', method: 'PUT', path: (s) => `/rest/api/3/comment/${s.publicCommentId}/properties/sd.public.comment`, status: 201, body: () => ({ internal: false }) },
  { route: '/rest/api/3/comment/{commentId}/properties/{propertyKey}', method: 'GET', path: (s) => `/rest/api/3/comment/${s.internalCommentId}/properties/sd.public.comment`, status: 200 },
  { route: '/rest/api/3/comment/{commentId}/properties', method: 'GET', path: (s) => `/rest/api/3/comment/${s.internalCommentId}/properties`, status: 200 },
  { route: '/rest/api/3/comment/{commentId}/properties/{propertyKey}', method: 'DELETE', path: (s) => `/rest/api/3/comment/${s.publicCommentId}/properties/sd.public.comment`, status: 204 },
  { route: '/rest/api/3/issue/{issueIdOrKey}/changelog', method: 'GET', path: (s) => `/rest/api/3/issue/${s.issueKey}/changelog?maxResults=1`, status: 200 },
  { route: '/rest/api/3/search/jql', method: 'GET', path: () => '/rest/api/3/search/jql?jql=project%20%3D%20HC%20ORDER%20BY%20created%20DESC&fields=summary,labels&properties=phiGuard', status: 200 },
  { route: '/rest/api/3/search/jql', method: 'GET', path: () => '/rest/api/3/search/jql?jql=summary%20~%20x', status: 400 },
  { route: '/rest/api/3/search/jql', method: 'POST', path: () => '/rest/api/3/search/jql', status: 200, body: () => ({ jql: 'project in (HC, OPS)', maxResults: 1, fields: ['summary'] }) },
  { route: '/rest/api/3/project/{projectKeyOrId}/securitylevel', method: 'GET', path: () => '/rest/api/3/project/HC/securitylevel', status: 200, keep: (b) => ({ levelId: String((b as { levels: Array<{ id: string }> }).levels[0]?.id) }) },
  { route: '/rest/api/3/securitylevel/{id}', method: 'GET', path: (s) => `/rest/api/3/securitylevel/${s.ids.levelId}`, status: 200 },
  { route: '/rest/api/3/issue/{issueIdOrKey}/notify', method: 'POST', path: (s) => `/rest/api/3/issue/${s.issueKey}/notify`, status: 204,
    body: () => ({ subject: 'phi-guard: PHI redacted', textBody: 'Types: SSN', to: { users: [{ accountId: '000000:privacy-officer' }] } }) },
  { route: '/rest/api/3/issue/{issueIdOrKey}/notify', method: 'POST', path: (s) => `/rest/api/3/issue/${s.issueKey}/notify`, status: 400, body: () => ({ subject: 'x' }) },
  { route: '/rest/api/3/myself', method: 'GET', path: () => '/rest/api/3/myself', status: 200 },
  { route: '/rest/api/3/mypermissions', method: 'GET', path: () => '/rest/api/3/mypermissions?permissions=ADMINISTER_PROJECTS,EDIT_ISSUES', status: 200 },
  { route: '/rest/api/3/mypermissions', method: 'GET', path: () => '/rest/api/3/mypermissions', status: 400 },
  { route: '/rest/api/3/redact', method: 'POST', path: () => '/rest/api/3/redact', status: 202, keep: (b) => ({ jobId: String(b) }),
    body: (s) => ({ redactions: [{ contentItem: { id: s.issueId, entityType: 'issuefieldvalue', entityId: 'summary' }, externalId: randomUUID(), reason: 'PHI',
      redactionPosition: { expectedText: sha('Refill'), from: 0, to: 6 } }] }) },
  { route: '/rest/api/3/redact/status/{jobId}', method: 'GET', path: (s) => `/rest/api/3/redact/status/${s.ids.jobId}`, status: 200 },
  { route: '/rest/api/3/redact/status/{jobId}', method: 'GET', path: (s) => `/rest/api/3/redact/status/${s.ids.jobId}`, status: 200 },
  { route: '/rest/api/3/redact/status/{jobId}', method: 'GET', path: () => `/rest/api/3/redact/status/${randomUUID()}`, status: 404 },
  // JSM
  { route: '/rest/servicedeskapi/request/{issueIdOrKey}/comment', method: 'GET', path: (s) => `/rest/servicedeskapi/request/${s.issueKey}/comment?public=false`, status: 200 },
  { route: '/rest/servicedeskapi/request/{issueIdOrKey}/comment', method: 'GET', path: (s) => `/rest/servicedeskapi/request/${s.ids.opsKey}/comment`, status: 404 },
  // Confluence v2
  { route: '/wiki/api/v2/pages', method: 'POST', path: () => '/wiki/api/v2/pages', status: 200,
    body: (s) => ({ spaceId: s.site.spaceId('CLIN'), status: 'current', title: 'Rota', body: adfBody('Rota for May') }) },
  { route: '/wiki/api/v2/pages/{id}', method: 'GET', path: (s) => `/wiki/api/v2/pages/${s.pageId}?body-format=atlas_doc_format&include-labels=true`, status: 200 },
  { route: '/wiki/api/v2/pages/{id}', method: 'GET', path: () => '/wiki/api/v2/pages/99999', status: 404 },
  { route: '/wiki/api/v2/pages/{id}', method: 'PUT', path: (s) => `/wiki/api/v2/pages/${s.pageId}`, status: 200,
    body: (s) => ({ id: s.pageId, status: 'current', title: 'Ward notes', body: adfBody('Bed 4: [redacted]'), version: { number: 2, message: 'PHI redacted' } }) },
  { route: '/wiki/api/v2/pages/{id}', method: 'PUT', path: (s) => `/wiki/api/v2/pages/${s.pageId}`, status: 400, body: (s) => ({ id: s.pageId, status: 'current' }) },
  { route: '/wiki/api/v2/pages/{id}', method: 'GET', path: (s) => `/wiki/api/v2/pages/${s.pageId}?version=1&body-format=atlas_doc_format`, status: 200 },
  { route: '/wiki/api/v2/pages/{id}/versions', method: 'GET', path: (s) => `/wiki/api/v2/pages/${s.pageId}/versions?limit=1`, status: 200 },
  { route: '/wiki/api/v2/blogposts', method: 'POST', path: () => '/wiki/api/v2/blogposts', status: 200, keep: (b) => ({ blogId: field(b, 'id') }),
    body: (s) => ({ spaceId: s.site.spaceId('CLIN'), status: 'current', title: 'Clinic news', body: adfBody('Flu clinic Tuesday') }) },
  { route: '/wiki/api/v2/blogposts/{id}', method: 'GET', path: (s) => `/wiki/api/v2/blogposts/${s.ids.blogId}?body-format=atlas_doc_format`, status: 200 },
  { route: '/wiki/api/v2/blogposts/{id}', method: 'PUT', path: (s) => `/wiki/api/v2/blogposts/${s.ids.blogId}`, status: 200,
    body: (s) => ({ id: s.ids.blogId, status: 'current', title: 'Clinic news', body: adfBody('Flu clinic Wednesday'), version: { number: 2 } }) },
  { route: '/wiki/api/v2/blogposts/{id}/versions', method: 'GET', path: (s) => `/wiki/api/v2/blogposts/${s.ids.blogId}/versions?body-format=atlas_doc_format`, status: 200 },
  { route: '/wiki/api/v2/footer-comments', method: 'POST', path: () => '/wiki/api/v2/footer-comments', status: 201, body: (s) => ({ blogPostId: s.ids.blogId, body: adfBody('Thanks') }) },
  { route: '/wiki/api/v2/inline-comments', method: 'POST', path: () => '/wiki/api/v2/inline-comments', status: 201, keep: (b) => ({ inlineId: field(b, 'id') }),
    body: (s) => ({ pageId: s.pageId, body: adfBody('Who is this?'), inlineCommentProperties: { textSelection: 'Bed 4', textSelectionMatchCount: 1, textSelectionMatchIndex: 0 } }) },
  { route: '/wiki/api/v2/pages/{id}/footer-comments', method: 'GET', path: (s) => `/wiki/api/v2/pages/${s.pageId}/footer-comments?body-format=atlas_doc_format`, status: 200 },
  { route: '/wiki/api/v2/pages/{id}/inline-comments', method: 'GET', path: (s) => `/wiki/api/v2/pages/${s.pageId}/inline-comments?body-format=atlas_doc_format`, status: 200 },
  { route: '/wiki/api/v2/blogposts/{id}/footer-comments', method: 'GET', path: (s) => `/wiki/api/v2/blogposts/${s.ids.blogId}/footer-comments?body-format=atlas_doc_format`, status: 200 },
  { route: '/wiki/api/v2/blogposts/{id}/inline-comments', method: 'GET', path: (s) => `/wiki/api/v2/blogposts/${s.ids.blogId}/inline-comments`, status: 200 },
  { route: '/wiki/api/v2/footer-comments/{comment-id}', method: 'GET', path: (s) => `/wiki/api/v2/footer-comments/${s.footerCommentId}?body-format=atlas_doc_format`, status: 200 },
  { route: '/wiki/api/v2/footer-comments/{comment-id}', method: 'GET', path: (s) => `/wiki/api/v2/footer-comments/${s.ids.inlineId}`, status: 404 },
  { route: '/wiki/api/v2/footer-comments/{comment-id}', method: 'PUT', path: (s) => `/wiki/api/v2/footer-comments/${s.footerCommentId}`, status: 200,
    body: () => ({ version: { number: 2 }, body: adfBody('Checked by [redacted]') }) },
  { route: '/wiki/api/v2/inline-comments/{comment-id}', method: 'GET', path: (s) => `/wiki/api/v2/inline-comments/${s.ids.inlineId}?body-format=atlas_doc_format`, status: 200 },
  { route: '/wiki/api/v2/inline-comments/{comment-id}', method: 'PUT', path: (s) => `/wiki/api/v2/inline-comments/${s.ids.inlineId}`, status: 200,
    body: () => ({ version: { number: 2 }, body: { atlas_doc_format: adfBody('Who?') } }) },
  { route: '/wiki/rest/api/content/{id}/label', method: 'POST', path: (s) => `/wiki/rest/api/content/${s.pageId}/label`, status: 200, body: () => [{ prefix: 'global', name: 'phi-detected' }, { prefix: 'global', name: 'ward' }] },
  { route: '/wiki/api/v2/pages/{id}/labels', method: 'GET', path: (s) => `/wiki/api/v2/pages/${s.pageId}/labels`, status: 200 },
  { route: '/wiki/rest/api/content/{id}/label/{label}', method: 'DELETE', path: (s) => `/wiki/rest/api/content/${s.pageId}/label/ward`, status: 204 },
  { route: '/wiki/rest/api/content/{id}/label', method: 'DELETE', path: (s) => `/wiki/rest/api/content/${s.pageId}/label?name=phi-detected`, status: 204 },
  { route: '/wiki/rest/api/content/{id}/label', method: 'POST', path: (s) => `/wiki/rest/api/content/${s.ids.blogId}/label`, status: 200, body: () => ({ prefix: 'global', name: 'news' }) },
  { route: '/wiki/api/v2/blogposts/{id}/labels', method: 'GET', path: (s) => `/wiki/api/v2/blogposts/${s.ids.blogId}/labels`, status: 200 },
  { route: '/wiki/api/v2/pages/{page-id}/properties', method: 'POST', path: (s) => `/wiki/api/v2/pages/${s.pageId}/properties`, status: 200, body: () => ({ key: 'phiGuard', value: { findings: 1 } }), keep: (b) => ({ pagePropId: field(b, 'id') }) },
  { route: '/wiki/api/v2/pages/{page-id}/properties', method: 'GET', path: (s) => `/wiki/api/v2/pages/${s.pageId}/properties?key=phiGuard`, status: 200 },
  { route: '/wiki/api/v2/pages/{page-id}/properties/{property-id}', method: 'GET', path: (s) => `/wiki/api/v2/pages/${s.pageId}/properties/${s.ids.pagePropId}`, status: 200 },
  { route: '/wiki/api/v2/pages/{page-id}/properties/{property-id}', method: 'PUT', path: (s) => `/wiki/api/v2/pages/${s.pageId}/properties/${s.ids.pagePropId}`, status: 200, body: () => ({ key: 'phiGuard', value: { findings: 0 }, version: { number: 2 } }) },
  { route: '/wiki/api/v2/pages/{page-id}/properties/{property-id}', method: 'DELETE', path: (s) => `/wiki/api/v2/pages/${s.pageId}/properties/${s.ids.pagePropId}`, status: 204 },
  { route: '/wiki/api/v2/pages/{page-id}/properties/{property-id}', method: 'GET', path: (s) => `/wiki/api/v2/pages/${s.pageId}/properties/${s.ids.pagePropId}`, status: 404 },
  { route: '/wiki/api/v2/blogposts/{blogpost-id}/properties', method: 'POST', path: (s) => `/wiki/api/v2/blogposts/${s.ids.blogId}/properties`, status: 200, body: () => ({ key: 'phiGuard', value: 1 }), keep: (b) => ({ blogPropId: field(b, 'id') }) },
  { route: '/wiki/api/v2/blogposts/{blogpost-id}/properties', method: 'GET', path: (s) => `/wiki/api/v2/blogposts/${s.ids.blogId}/properties`, status: 200 },
  { route: '/wiki/api/v2/blogposts/{blogpost-id}/properties/{property-id}', method: 'GET', path: (s) => `/wiki/api/v2/blogposts/${s.ids.blogId}/properties/${s.ids.blogPropId}`, status: 200 },
  { route: '/wiki/api/v2/blogposts/{blogpost-id}/properties/{property-id}', method: 'PUT', path: (s) => `/wiki/api/v2/blogposts/${s.ids.blogId}/properties/${s.ids.blogPropId}`, status: 200, body: () => ({ key: 'phiGuard', value: 2, version: { number: 2 } }) },
  { route: '/wiki/api/v2/blogposts/{blogpost-id}/properties/{property-id}', method: 'DELETE', path: (s) => `/wiki/api/v2/blogposts/${s.ids.blogId}/properties/${s.ids.blogPropId}`, status: 204 },
  { route: '/wiki/api/v2/comments/{comment-id}/properties', method: 'POST', path: (s) => `/wiki/api/v2/comments/${s.footerCommentId}/properties`, status: 200, body: () => ({ key: 'phiGuard', value: true }), keep: (b) => ({ commentPropId: field(b, 'id') }) },
  { route: '/wiki/api/v2/comments/{comment-id}/properties', method: 'GET', path: (s) => `/wiki/api/v2/comments/${s.footerCommentId}/properties`, status: 200 },
  { route: '/wiki/api/v2/comments/{comment-id}/properties/{property-id}', method: 'GET', path: (s) => `/wiki/api/v2/comments/${s.footerCommentId}/properties/${s.ids.commentPropId}`, status: 200 },
  { route: '/wiki/api/v2/comments/{comment-id}/properties/{property-id}', method: 'PUT', path: (s) => `/wiki/api/v2/comments/${s.footerCommentId}/properties/${s.ids.commentPropId}`, status: 200, body: () => ({ key: 'phiGuard', value: false, version: { number: 2 } }) },
  { route: '/wiki/api/v2/comments/{comment-id}/properties/{property-id}', method: 'DELETE', path: (s) => `/wiki/api/v2/comments/${s.footerCommentId}/properties/${s.ids.commentPropId}`, status: 204 },
  // Confluence v1
  { route: '/wiki/rest/api/content/{id}/version/{versionNumber}', method: 'DELETE', path: (s) => `/wiki/rest/api/content/${s.pageId}/version/2`, status: 400 },
  { route: '/wiki/rest/api/content/{id}/version/{versionNumber}', method: 'DELETE', path: (s) => `/wiki/rest/api/content/${s.pageId}/version/1`, status: 204 },
  { route: '/wiki/rest/api/user/current', method: 'GET', path: () => '/wiki/rest/api/user/current', status: 200 },
  { route: '/wiki/rest/api/user/current', method: 'GET', path: () => '/wiki/rest/api/user/current?expand=operations', status: 200 },
];

describe('emulator responses conform to Atlassian OpenAPI specs', () => {
  let seeded: Seeded & { ids: Record<string, string> };
  before(async () => {
    seeded = { ...(await seededSite({ guardPremium: true })), ids: {} };
  });
  after(() => seeded.site.close());

  it('covers every emulated route', () => {
    const covered = new Set(CASES.map((c) => `${c.method} ${c.route}`));
    assert.deepEqual(routes.map((r) => `${r.method} ${r.pattern}`).filter((r) => !covered.has(r)), []);
  });

  for (const c of CASES) {
    it(`${c.method} ${c.route} -> ${c.status}`, async () => {
      const path = c.path(seeded);
      const body = c.body?.(seeded);
      const res = await fetch(seeded.site.url + path, {
        method: c.method,
        headers: { [ACCOUNT_HEADER]: APP_ACCOUNT_ID, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      const text = await res.text();
      const json: unknown = text === '' ? undefined : JSON.parse(text);
      assert.equal(res.status, c.status, `${c.method} ${path}: ${text}`);
      assert.deepEqual(specProblems(c.route, c.method, res.status, json), [], text);
      Object.assign(seeded.ids, c.keep?.(json));
    });
  }
});
