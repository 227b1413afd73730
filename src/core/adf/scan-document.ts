/**
 * Scanning a document: the engine's scanText over each projected block and attribute value.
 *
 * - Block text is scanned run by run, a run being the text between two non-text inline nodes (see
 *   project.ts), so no match crosses a mention, emoji, card, status or date. The block text just before a
 *   run (and a table cell's headers) is passed as outside context: "DOB" then an emoji then a date still
 *   reads as a DOB.
 * - Attribute values are scanned on their own, with the link's visible text as context.
 * - Mentions are reported as NAME (detector "adf-mention") so a reviewer sees who is named, but they point
 *   at users, not patients: redact.ts never rewrites them.
 * - A date node is a date, but most date nodes in Jira and Confluence are due dates and deadlines
 *   (dev case C23). A date node is reported as DATE only when the words around it say it is a date of
 *   a person's care or life (DOB, admitted, discharged, died, ...).
 */
import type { Finding } from '../finding';
import { normalise } from '../normalise/normalise';
import { HIPAA_SAFE_HARBOR } from '../policy/defaults';
import { ruleFor } from '../policy/schema';
import { scanText, type ScanOptions } from '../scan';
import { DEFAULT_WINDOW, termRegex } from '../score/context';
import { joinContext, projectDocument, type AttributeText, type TextBlock } from './project';
import type { AdfNode } from './types';

export interface DocumentFinding extends Finding {
  /** Pointer to the block (for `text`) or to the attribute value (for `attribute`). */
  readonly path: string;
  readonly where: 'text' | 'attribute';
}

/** Characters of block text before a run that still count as its context: core/score's default window. */
const RUN_CONTEXT = DEFAULT_WINDOW.before;

const HAS_ALNUM = /[\p{L}\p{N}]/u;

/** Detector ids of the findings this layer makes itself. */
export const MENTION_DETECTOR = 'adf-mention';
export const DATE_NODE_DETECTOR = 'adf-date';

/**
 * Whether redaction rewrites this finding. Mentions are reported (they name a person) but never
 * rewritten: the mention node links a staff account, and its text is re-rendered from the account. So a
 * redacted document still scans with mention findings; callers (CLI, demo, guards) use this to tell PHI
 * left behind from mentions that were never meant to be rewritten.
 */
export const isRewritable = (finding: { readonly detector: string }): boolean => finding.detector !== MENTION_DETECTOR;

/** A mention names a real person for sure, but a staff user: reported at a score that passes the default threshold. */
const MENTION_SCORE = 0.6;
/** A date node next to "DOB" or "admitted" is as sure as a typed date with the same context. */
const DATE_NODE_SCORE = 0.9;

/** Words that make a date node a date of a person's life or care. */
const CLINICAL_DATE_WORDS: RegExp | undefined = termRegex([
  'dob', 'd.o.b', 'date of birth', 'birth date', 'birthdate', 'birthday', 'born',
  'admitted', 'admission', 'admit', 'discharged', 'discharge', 'died', 'death', 'deceased', 'dod',
  'date of death', 'expired', 'date of service', 'surgery', 'procedure', 'appointment', 'appt',
]);

export function scanDocument(doc: AdfNode, options: ScanOptions = {}): DocumentFinding[] {
  const projection = projectDocument(doc);
  const findings: DocumentFinding[] = [];
  // Loops, not push(...): one block can hold more findings than a call's arguments may (150,000 e-mails).
  for (const block of projection.blocks) for (const f of scanBlock(block, options)) findings.push(f);
  for (const attribute of projection.attributes) for (const f of scanAttribute(attribute, options)) findings.push(f);
  return findings;
}

function scanBlock(block: TextBlock, options: ScanOptions): DocumentFinding[] {
  const found: DocumentFinding[] = [];
  const cuts = [0, ...block.boundaries.filter((b) => b > 0 && b < block.text.length), block.text.length];
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const runStart = cuts[i] ?? 0;
    const runEnd = cuts[i + 1] ?? block.text.length;
    if (runEnd <= runStart) continue;
    const before = block.text.slice(Math.max(0, runStart - RUN_CONTEXT), runStart);
    const outsideContext = joinContext(options.outsideContext, block.outsideContext, before);
    const run = block.text.slice(runStart, runEnd);
    if (!HAS_ALNUM.test(run)) continue; // " " between two inline nodes: nothing any detector could match
    for (const f of scanText(run, { ...options, outsideContext })) {
      found.push({ ...f, start: f.start + runStart, end: f.end + runStart, path: block.path, where: 'text' });
    }
  }
  return found;
}

function scanAttribute(attribute: AttributeText, options: ScanOptions): DocumentFinding[] {
  const policy = options.policy ?? HIPAA_SAFE_HARBOR;
  switch (attribute.role) {
    case 'scan':
      return scanText(attribute.text, { ...options, outsideContext: joinContext(options.outsideContext, attribute.context) })
        .map((f) => ({ ...f, path: attribute.path, where: 'attribute' }));
    case 'mention': {
      const rule = ruleFor(policy, 'NAME');
      if (!rule.enabled || MENTION_SCORE < rule.minScore) return [];
      return [wholeValue(attribute, 'NAME', MENTION_DETECTOR, MENTION_SCORE, normalise(attribute.text).text)];
    }
    case 'date': {
      const rule = ruleFor(policy, 'DATE');
      const hit = CLINICAL_DATE_WORDS && attribute.context?.toLowerCase().match(CLINICAL_DATE_WORDS)?.[0];
      if (!hit || !rule.enabled || DATE_NODE_SCORE < rule.minScore) return [];
      return [wholeValue(attribute, 'DATE', DATE_NODE_DETECTOR, DATE_NODE_SCORE, isoDay(attribute.text), hit)];
    }
  }
}

function wholeValue(
  attribute: AttributeText, type: 'NAME' | 'DATE', detector: string, score: number, normalised: string, context?: string,
): DocumentFinding {
  return {
    type, start: 0, end: attribute.text.length, score, detector, text: attribute.text, normalised,
    why: { pattern: `${attribute.owner} node`, baseScore: score, validation: 'none', ...(context ? { context } : {}) },
    path: attribute.path, where: 'attribute',
  };
}

/** A date node's timestamp (milliseconds since the epoch, UTC) as YYYY-MM-DD, so tokens and fingerprints read as dates. */
function isoDay(timestamp: string): string {
  const ms = Number(timestamp);
  return /^-?\d+$/.test(timestamp) && Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : timestamp;
}
