/**
 * The built-in sample site of `phi-guard demo`: a service desk "Patient Support" (HC) and a "Clinical Ops"
 * space (CLIN), written the way healthcare staff really write: PHI pasted mid-sentence, split by
 * formatting, in table cells, inline code, link targets and comments; and next to it the PHI-free
 * look-alikes that a naive scanner flags (ticket keys, versions, build and order numbers, timestamps,
 * UPCs, extensions) and items with no PHI at all.
 *
 * Every value is synthetic: phones on 555-01XX, e-mail on example.org/.net/.com, IPs in 203.0.113.0/24
 * (RFC 5737), and made-up SSN, card and NPI numbers that pass their validators so the engine treats them
 * as real. It is a Seed like any --seed file and goes through the same schema.
 */
import type { Seed } from './seed-schema';
import { bullets, code, date, doc, expand, h, link, p, panel, status, strong, table } from './adf-build';

export const SAMPLE_SITE: Seed = {
  jira: {
    projects: [{ key: 'HC', name: 'Patient Support', serviceDesk: true }],
    issues: [
      {
        key: 'HC-1',
        fields: {
          summary: 'Patient cannot log in to the portal after password reset',
          description: doc(
            p('Pt: Margaret Okafor called the front desk. Since the reset on Monday the portal says "account locked".'),
            p('She was on this page when it failed: ', link('her records page', 'https://portal.example.org/patients/88412/records'), '.'),
            p('Portal logs show the failed logins from 203.0.113.57.'),
          ),
          labels: ['portal', 'access'],
        },
        comments: [
          { body: doc(p('Hi, we have unlocked your account. Please try again and reply here if it still fails.')), public: true },
          { body: doc(p('Unlocked in the IdP. Callback number she gave: (312) 555-0147 (mobile).')), public: false },
        ],
      },
      {
        key: 'HC-2',
        fields: {
          summary: 'Billing: charged twice for the 14 Nov visit',
          description: doc(
            p('Patient disputes a duplicate charge. Verified identity on the phone with SSN ', strong('524-71'), '-9032 before discussing the bill.'),
            p('Card on file ', code('4539 1488 0343 6723'), ' shows two captures; finance ticket FIN-2291 raised.'),
          ),
          labels: ['billing'],
        },
        comments: [
          { body: doc(p('We have asked finance to refund the duplicate charge. You should see it in 5-7 business days.')), public: true },
        ],
      },
      {
        key: 'HC-3',
        fields: {
          summary: 'Records request for transfer to a new clinic',
          description: doc(
            p('New clinic needs the last two years of records. Details from the intake form:'),
            table(['Field', 'Value'],
              ['Patient', 'Daniel Whitfield'],
              ['DOB', '03/08/1949'],
              ['Chart', 'MRN: 00482913'],
              ['Requested by', 'Springfield Family Practice']),
          ),
          labels: ['records-request'],
        },
        comments: [
          { body: doc(p('Release form received and checked against the chart. Sending via secure fax.')), public: false },
        ],
      },
      {
        key: 'HC-4',
        fields: {
          summary: 'Appointment reminders go to an old e-mail address',
          description: doc(
            p('Patient says reminders still go to the address she closed last year. Old address in the profile: ', code('m.okafor@example.net'), '.'),
            p('New one is in the internal comment.'),
          ),
        },
        comments: [
          { body: doc(p('Updated the profile to chidi.okafor@example.com as she asked; Ms Okafor confirmed by phone.')), public: false },
          { body: doc(p('Your contact details are updated. The next reminder will go to the new address.')), public: true },
        ],
      },
      {
        key: 'HC-5',
        fields: {
          summary: 'Appointment reminders stopped after the 4.18.2 upgrade',
          description: doc(
            p('Since portal 4.18.2 (build 20261130.4) went live at 2026-11-30T08:15:00Z no SMS reminders have been sent.'),
            bullets(['Related: HC-1, OPS-114'], ['Scheduler job id ', code('reminder-dispatch-07')], ['Rollback window 02:00-04:00 UTC']),
          ),
          labels: ['release', 'reminders'],
        },
        comments: [
          { body: doc(p('Root cause: the 4.18.2 config dropped the SMS gateway key. Fixed in 4.18.3, build 20261201.1.')), public: false },
        ],
      },
      {
        key: 'HC-6',
        fields: {
          summary: 'Lab results faxed to the wrong number',
          description: doc(
            p('Results for one patient were faxed to (312) 555-0188, which belongs to a pharmacy.'),
            p('Ordering provider: Dr. Priya Raman, NPI 1672039454. Privacy office notified.'),
          ),
          labels: ['incident'],
        },
        comments: [
          { body: doc(p('Affected chart is MRN: 00519377. Pharmacy confirmed they shredded the pages.')), public: false },
          { body: doc(p('Thank you for letting us know. Our privacy office will contact you within 2 business days.')), public: true },
        ],
      },
      {
        key: 'HC-7',
        fields: {
          summary: 'Insurance card upload rejected',
          description: doc(
            p('The upload form rejects the photo of the insurance card. Typed the details in instead:'),
            p('Member ID: XKJ448201937, mailing address 1452 Birch Hollow Rd, Springfield, IL 62704.'),
          ),
          customfield_10050: 'Patient age 93, prefers phone contact',
        },
        comments: [
          { body: doc(p('Upload limit is 5 MB; the photo was 7.2 MB. Raised OPS-131 to allow bigger files.')), public: false },
        ],
      },
      {
        key: 'HC-8',
        fields: {
          summary: 'Label printer in triage room 3 offline',
          description: doc(
            p('Zebra printer asset TAG-00731 shows offline since the 06:30 shift change. UPC on the label roll: 036000291452.'),
            p('Please check before the 4.18.3 rollout; ext 4410 reaches the triage desk.'),
          ),
          labels: ['hardware'],
        },
        comments: [
          { body: doc(p('Replaced the network cable; printer is back. Closing.')), public: true },
        ],
      },
    ],
  },
  confluence: {
    spaces: [{ key: 'CLIN', name: 'Clinical Ops' }],
    pages: [
      {
        id: '1001',
        space: 'CLIN',
        title: 'Ward 4B discharge checklist',
        body: doc(
          h(2, 'Discharges this week'),
          table(['Patient', 'DOB', 'Chart', 'Discharged'],
            ['Luis Alvarez', '07/22/1958', 'MRN: 00377120', '2026-11-28'],
            ['Harriet Mbeki', '11/02/1941', 'MRN: 00377466', '2026-11-29']),
          expand('Family contacts',
            p('Alvarez: daughter on (312) 555-0163. Mbeki: son, e-mail ', link('h.mbeki.jr@example.org', 'mailto:h.mbeki.jr@example.org'), '.')),
          panel('warning', p('Do not paste patient details into Jira tickets; link the chart instead.')),
        ),
        comments: [
          { body: doc(p('Bed 12 turned over; Luis Alvarez picked up by family at 14:10.')) },
        ],
      },
      {
        id: '1002',
        space: 'CLIN',
        title: 'On-call escalation runbook',
        body: doc(
          h(2, 'Who to call'),
          table(['Severity', 'First contact', 'Escalate after'],
            ['SEV-1', 'Clinical systems on-call, ext 4401', '15 min'],
            ['SEV-2', 'Service desk queue HC', '1 h']),
          panel('info', p('Pager numbers rotate weekly; see ', link('the rota', 'https://wiki.example.com/clin/rota'), '.')),
          expand('Known noisy alerts', bullets(['BUILD-2291 flaky health check'], ['Order interface retries on code 4471-2210'])),
        ),
        comments: [
          { body: doc(p('Updated SEV-2 escalation to 1 h after the 4.18.2 retro.')) },
        ],
      },
      {
        id: '1003',
        space: 'CLIN',
        title: 'Release 4.18.2 notes',
        body: doc(
          h(2, 'Portal 4.18.2'),
          p('Status: ', status('RELEASED', 'green'), ' on ', date('2026-11-30'), ' (build 20261130.4).'),
          bullets(['Faster chart search (OPS-114)'], ['New reminder templates (HC-5)'], ['Dependency bumps: libxml 2.12.9, openssl 3.0.15']),
          panel('note', p('Known issue: SMS reminders, fixed in 4.18.3.')),
        ),
      },
      {
        id: '1004',
        type: 'blogpost',
        space: 'CLIN',
        title: 'Incident review: the misdirected lab fax',
        body: doc(
          p('On Tuesday a lab result for one of our patients was faxed to a pharmacy instead of the clinic.'),
          expand('Timeline (restricted)',
            p('09:12 result for Jane Doe released; 09:14 fax sent to (312) 555-0188; 10:02 pharmacy called us.')),
          p('The root cause was a stale fax number in the provider directory; see ', link('HC-6', 'https://hc.example.com/browse/HC-6'), '.'),
        ),
        comments: [
          { body: doc(p('Patient asked for a copy of this review at jane.doe@example.org; sent by post instead.')) },
        ],
      },
    ],
  },
};
