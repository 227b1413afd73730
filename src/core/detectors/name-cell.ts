/**
 * A person's name alone in a table cell or field whose label stands outside it: "SMITH, JOHN" or
 * "García-López, María José" under a "Name" or "Patient" column header (ADF tables, bed boards,
 * registries). In a cell the finder's sentence cues are missing, so the label is the cue; the value is
 * judged by nameValidity (detectors/name.ts), which refuses the "Database Migration", "Help Desk" and
 * "Mercy Hospital" of IT and facility tables.
 */
import { wholeValue } from './cue';
import { defineDetector } from './detector';
import { NAME_LABELS, nameValidity } from './name';

/** Two to four capitalised words, a comma after the first allowed ("Zhang, Li", "DUBOIS, JEAN-PIERRE"). */
const NAME_CELL = "\\p{Lu}[\\p{L}\\p{M}'’.-]{0,30}(?:,? {1,2}\\p{Lu}[\\p{L}\\p{M}'’.-]{0,30}){1,3}";

export const nameCell = defineDetector({
  id: 'name-cell',
  type: 'NAME',
  description: 'A name alone under a Name / Patient label (table column header, field name)',
  // Scored high: under such a label the cell is a name unless nameValidity says it is not, and the
  // finder's partial reading of it ("Wei" of "Li, Wei") must not win the overlap.
  patterns: [{ name: 'name-under-label (strong)', regex: wholeValue(NAME_CELL), group: 1, score: 0.7, needsContext: true, underLabel: NAME_LABELS }],
  context: NAME_LABELS,
  validate: nameValidity,
  examples: { match: [], ignore: ['SMITH, JOHN', 'Database Migration'] },
});
