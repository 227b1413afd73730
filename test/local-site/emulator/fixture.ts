/**
 * A small seeded site for the emulator's own tests: a service-desk project HC with one issue and one
 * public and one internal comment, a plain project OPS, and a space CLIN with one page and one comment.
 * Everything is created through the REST API as a user, as the demo seeds it.
 */
import type { Site, SiteOptions } from './index';
import { createSite } from './index';

export const doc = (...paragraphs: string[]) => ({
  type: 'doc', version: 1,
  content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

export const adfBody = (...paragraphs: string[]) => ({ representation: 'atlas_doc_format', value: JSON.stringify(doc(...paragraphs)) });

export interface Seeded { site: Site; issueKey: string; issueId: string; publicCommentId: string; internalCommentId: string; pageId: string; footerCommentId: string }

export async function seededSite(options: SiteOptions = {}): Promise<Seeded> {
  const site = await createSite({
    projects: [{ key: 'HC', name: 'Patient Support', serviceDesk: true }, { key: 'OPS', name: 'Operations' }],
    spaces: [{ key: 'CLIN', name: 'Clinical Ops' }],
    ...options,
  });
  const must = async (method: string, path: string, body?: unknown) => {
    const r = await site.call(method, path, { body });
    if (r.status >= 300) throw new Error(`${method} ${path} -> ${r.status} ${JSON.stringify(r.body)}`);
    return r.body as Record<string, unknown>;
  };
  const issue = await must('POST', '/rest/api/3/issue', {
    fields: { project: { key: 'HC' }, summary: 'Refill request', description: doc('Patient DOB 1949-03-08, call 555-0142.'), labels: ['triage'] },
  });
  const pub = await must('POST', `/rest/api/3/issue/${String(issue.key)}/comment`, { body: doc('We will call you back.') });
  const internal = await must('POST', `/rest/api/3/issue/${String(issue.key)}/comment`, {
    body: doc('MRN 00123456 checked.'), properties: [{ key: 'sd.public.comment', value: { internal: true } }],
  });
  const page = await must('POST', '/wiki/api/v2/pages', { spaceId: site.spaceId('CLIN'), status: 'current', title: 'Ward notes', body: adfBody('Bed 4: J. Doe, DOB 1950-01-02') });
  const footer = await must('POST', '/wiki/api/v2/footer-comments', { pageId: page.id, body: adfBody('Checked by nurse on shift.') });
  return {
    site, issueKey: String(issue.key), issueId: String(issue.id), publicCommentId: String(pub.id), internalCommentId: String(internal.id),
    pageId: String(page.id), footerCommentId: String(footer.id),
  };
}
