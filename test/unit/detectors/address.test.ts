/**
 * ADDRESS: USPS street lines, units, PO and military boxes, European name-then-number shapes; the city
 * (LOCATION) and postcode (ZIP) of the lines after them, as the spec's type table parts them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findAddresses } from '../../../src/core/detectors/address';
import { scanText } from '../../../src/core/scan';
import { runTable, type Row } from './table';

const ROWS: Row[] = [
  { text: 'Lives at 4417 N Oak Avenue Apt 3B, Springfield, IL 62704.', spans: [['ADDRESS', '4417 N Oak Avenue Apt 3B'], ['LOCATION', 'Springfield'], ['ZIP', '62704']], why: 'street and unit, then the city and ZIP apart; the state is no PHI and stays' },
  { text: 'Send it to 123 Main St. please', spans: [['ADDRESS', '123 Main St.']], why: 'suffix abbreviation keeps its dot' },
  { text: 'home: 55 West 5th Street', spans: [['ADDRESS', '55 West 5th Street']], why: 'directional and ordinal street' },
  { text: 'P.O. Box 123', spans: [['ADDRESS', 'P.O. Box 123']], why: 'PO box' },
  { text: 'PSC 1234, Box 5678\nAPO AA 34001', spans: [['ADDRESS', 'PSC 1234, Box 5678'], ['ZIP', '34001']], why: 'military PSC box; its APO line is a city and state, its ZIP a ZIP' },
  { text: 'USNS Comfort\nFPO AE 09510', spans: [['ADDRESS', 'USNS Comfort'], ['ZIP', '09510']], why: 'the ship name is the street; the FPO line gives its ZIP' },
  { text: 'Springfield, IL 62704', spans: [['LOCATION', 'Springfield'], ['ZIP', '62704']], why: 'City, ST ZIP: a city and a ZIP' },
  { text: '6750 Koskikatu 25 Apt. 864\nArtilleros\n, CO\n Uruguay 64677', spans: [['ADDRESS', '6750 Koskikatu 25 Apt. 864'], ['LOCATION', 'Artilleros'], ['ZIP', '64677']], why: 'Nordic compound street; the city and postcode of the following lines (region and country stay)' },
  { text: 'Puruntie 82 Apt. 595', spans: [['ADDRESS', 'Puruntie 82 Apt. 595']], why: 'compound street then unit' },
  { text: 'She lives on Mellemvej 32.', spans: [['ADDRESS', 'Mellemvej 32']], why: 'compound street, full stop left out' },
  { text: 'Rua do Arenque 1634', spans: [['ADDRESS', 'Rua do Arenque 1634']], why: 'type word first, number last' },
  { text: 'The office is at 29 Rue de Tanger', spans: [['ADDRESS', '29 Rue de Tanger']], why: 'number first, type word, no house number' },
  { text: 'Passauer Strasse 33', spans: [['ADDRESS', 'Passauer Strasse 33']], why: 'separate street word' },
  { text: '20789 Allika 46\n Suite 501\n Riisa\n\n Estonia 62488', spans: [['ADDRESS', '20789 Allika 46\n Suite 501'], ['LOCATION', 'Riisa'], ['ZIP', '62488']], why: 'building number, name, house number, unit; a postcode after a blank line' },
  { text: 'Suite 501', spans: [['ADDRESS', 'Suite 501']], why: 'a capitalised unit alone' },
  { text: 'Address: Joaquin Suarez 2906', spans: [['ADDRESS', 'Joaquin Suarez 2906']], why: 'name and number after an address cue' },
  { text: 'shows on Marina Fort Street were loud', spans: [['ADDRESS', 'Marina Fort Street']], why: 'named street without a number' },
  { text: '12 Main St, Bob said he moved', spans: [['ADDRESS', '12 Main St']], why: 'the span stops before prose' },
  { text: 'Ship to 1427 Larkspur Ave\nSpringfield\nThanks Team\n', spans: [['ADDRESS', '1427 Larkspur Ave'], ['LOCATION', 'Springfield']], why: 'a sign-off line after an address is not part of it' },
  { text: 'printer to 1427 Larkspur Ave\nSpringfield\nInstall By Friday\nAsk Facilities For Access', spans: [['ADDRESS', '1427 Larkspur Ave'], ['LOCATION', 'Springfield']], why: 'capitalised instruction lines are not address parts' },
  { text: 'Address: 1427 Larkspur Ave\nSpringfield, IL 62704\nPatient Ottoline\nBrackenridge', spans: [['ADDRESS', '1427 Larkspur Ave'], ['LOCATION', 'Springfield'], ['ZIP', '62704']], why: 'the address stops before the patient line, leaving the name to NAME' },
  { text: '1427 Larkspur Ave\nLos Angeles\nCA 90001', spans: [['ADDRESS', '1427 Larkspur Ave'], ['LOCATION', 'Los Angeles'], ['ZIP', '90001']], why: 'a two-word city line followed by a state and ZIP line' },
  { text: '33787 590 Edington Drive\nToronto\n, ON\n Canada 27539', spans: [['ADDRESS', '33787 590 Edington Drive'], ['LOCATION', 'Toronto'], ['ZIP', '27539']], why: 'a line opening with a comma and a country line are address parts' },
  // Found trying the product: the city after "in" was left in the text.
  { text: 'Pt lives at 4410 West Addison Street in Chicago with her son.', spans: [['ADDRESS', '4410 West Addison Street'], ['LOCATION', 'Chicago']], why: 'the city after the street is a LOCATION of its own' },
  // presidio-research: the phone line under an address block was read as one more part of it.
  { text: '3536 1659 Hoog St\nApt. 839\nBrakpan\nSouth Africa 70651\n082 490 1693-Office', spans: [['ADDRESS', '3536 1659 Hoog St\nApt. 839'], ['LOCATION', 'Brakpan'], ['ZIP', '70651']], why: 'a phone line under the address is no part of it' },
  { text: '3247 Rua Igreja 25\nApt. 236\nRibeirão\nPortugal 30971\n21 253 109 8211-Office', spans: [['ADDRESS', '3247 Rua Igreja 25\nApt. 236'], ['LOCATION', 'Ribeirão'], ['ZIP', '30971']], why: 'eight digits or more in groups make a phone line' },
  { text: '12 Oak Street\nSpringfield\n1000-001', spans: [['ADDRESS', '12 Oak Street'], ['LOCATION', 'Springfield'], ['ZIP', '1000-001']], why: 'a seven-digit postal code line is the block\'s postcode' },
  { text: '3369 24 Clarke Avenue\n>Apt. 805\n>Pines Beach\n>New Zealand 34694', spans: [['ADDRESS', '3369 24 Clarke Avenue\n>Apt. 805'], ['LOCATION', 'Pines Beach'], ['ZIP', '34694']], why: 'ordinary words make a city line right before a country and postcode line' },
  { text: '1427 Larkspur Ave\nOttoline Brackenridge\nMRN 48213377', spans: [['ADDRESS', '1427 Larkspur Ave']], why: 'a name line before a non-postal line is not swallowed' },
  // The block's last lines, part by part (the spec's type table: ADDRESS street, LOCATION city, ZIP).
  { text: 'Pt moved to 350 Fifth Avenue, New York, NY 10118 last week.', spans: [['ADDRESS', '350 Fifth Avenue'], ['LOCATION', 'New York'], ['ZIP', '10118']], why: 'a state name before a state code is the city; a ZIP before prose ends the block ("la" of "last" is no particle)' },
  { text: 'Ship to 1 Elm St, Washington, DC 20001', spans: [['ADDRESS', '1 Elm St'], ['LOCATION', 'Washington'], ['ZIP', '20001']], why: 'Washington, DC' },
  { text: 'Lives at 12 Main St, Springfield Illinois 62704', spans: [['ADDRESS', '12 Main St'], ['LOCATION', 'Springfield'], ['ZIP', '62704']], why: 'a state name after the city stays' },
  { text: 'Mailing: 77 Pine Rd, Shelby County, TN 38103', spans: [['ADDRESS', '77 Pine Rd'], ['LOCATION', 'Shelby County'], ['ZIP', '38103']], why: 'a county is a LOCATION' },
  { text: '10 Downing Street, London SW1A 2AA, United Kingdom', spans: [['ADDRESS', '10 Downing Street'], ['LOCATION', 'London'], ['ZIP', 'SW1A 2AA']], why: 'a UK postcode of two words; the country stays' },
  { text: '9 Rue de Rivoli, 75001 Paris, France', spans: [['ADDRESS', '9 Rue de Rivoli'], ['ZIP', '75001'], ['LOCATION', 'Paris']], why: 'a postcode before the city' },
  { text: 'Address: 4417 N Oak Avenue\nMadison, WI 53703', spans: [['ADDRESS', '4417 N Oak Avenue'], ['LOCATION', 'Madison'], ['ZIP', '53703']], why: 'a street after a cue does not run onto the next line' },
  // Found by a fresh-eyes hunt: the block ran over a sentence's full stop and the prose after its ZIP.
  { text: 'Address: 12 Ash Rd, Reno, NV 89501. DOB 3/14/1962.', spans: [['ADDRESS', '12 Ash Rd'], ['LOCATION', 'Reno'], ['ZIP', '89501']], why: 'the block ends at the full stop after its ZIP; the DOB is not part of it' },
  { text: 'Send to 25 Grove Street, Hartford, CT 06103. Thanks, Bob', spans: [['ADDRESS', '25 Grove Street'], ['LOCATION', 'Hartford'], ['ZIP', '06103']], why: 'a sign-off after the full stop is not a part' },
  { text: 'She lives at 7 Oak Lane, Dover. Her son visits weekly.', spans: [['ADDRESS', '7 Oak Lane'], ['LOCATION', 'Dover']], why: 'a city before a full stop is kept, not dropped with the sentence after it' },
  { text: 'Lives at 12 Ash Rd, Reno NV 89501 Diagnosis: CHF', spans: [['ADDRESS', '12 Ash Rd'], ['LOCATION', 'Reno'], ['ZIP', '89501']], why: 'a part that runs on into prose is cut after its postcode' },
  { text: 'Lives at 12 Ash Rd, Reno, NV 89501, Diabetic, Allergic to PCN', spans: [['ADDRESS', '12 Ash Rd'], ['LOCATION', 'Reno'], ['ZIP', '89501']], why: 'after the postcode only a country may follow' },
  { text: '123 Main St, 2nd Floor, Springfield, IL 62704', spans: [['ADDRESS', '123 Main St, 2nd Floor'], ['LOCATION', 'Springfield'], ['ZIP', '62704']], why: 'an ordinal floor is a unit' },
  { text: '18 Birch Lane, Floor 2, Unit C, Madison, WI 53703', spans: [['ADDRESS', '18 Birch Lane, Floor 2, Unit C'], ['LOCATION', 'Madison'], ['ZIP', '53703']], why: 'a lettered unit is a unit, not a city' },
  // Found by a false-positive hunt on IT tickets: products, steps and dates read as streets.
  { text: 'Cisco 9120 Access Point outside the lab; 3 Access Point units; 5 Test Run', spans: [], why: 'an everyday-word suffix after ordinary words is a product' },
  { text: 'Step 3 Click Close. Sprint 12 Critical Path', spans: [], why: 'a capitalised label before the number makes it a step, not a house number' },
  { text: 'Lives at 12 Mill Run, Salem, OR 97301', spans: [['ADDRESS', '12 Mill Run'], ['LOCATION', 'Salem'], ['ZIP', '97301']], why: 'a street named so is still one' },
  { text: 'Upgrade moved to June 15; patient moved to Rm 412', spans: [], why: 'a date or a room after "moved to" is no street' },
  { text: 'The Main Street clinic', spans: [['ADDRESS', 'Main Street']], why: 'an opening ordinary word is not part of a named street' },
  // Found by a fresh-eyes hunt: addresses typed in lower case were missed whole.
  { text: 'address: 55 elm street, apt 3, burlington, vt 05401', spans: [['ADDRESS', '55 elm street, apt 3'], ['LOCATION', 'burlington'], ['ZIP', '05401']], why: 'lower case after a cue, with its city, state and ZIP' },
  { text: 'pt lives at 12 elm st springfield il 62704', spans: [['ADDRESS', '12 elm st'], ['LOCATION', 'springfield'], ['ZIP', '62704']], why: 'lower case without commas' },
  { text: 'lives at 12 elm st and likes it', spans: [['ADDRESS', '12 elm st']], why: 'no lower-case word is a city without a state and ZIP after it' },
  // Found by a fresh-eyes hunt: CSV rows and table rows left the city and ZIP.
  { text: 'Ann Lee,19 Cedar Ave,Albany,NY,12207', spans: [['ADDRESS', '19 Cedar Ave'], ['LOCATION', 'Albany'], ['ZIP', '12207']], why: 'a CSV row: a comma after a word does not glue the house number' },
  { text: '| Ann Lee | 19 Cedar Ave | Albany | NY | 12207 |', spans: [['ADDRESS', '19 Cedar Ave'], ['LOCATION', 'Albany'], ['ZIP', '12207']], why: 'table cells after a street are its parts' },
  { text: '| 12 Main St | Done | Yes |', spans: [['ADDRESS', '12 Main St']], why: 'cells that are ordinary words are not' },
  { text: 'Lives at 12 Oak St Apt. 12-B, Salem', spans: [['ADDRESS', '12 Oak St Apt. 12-B'], ['LOCATION', 'Salem']], why: 'a unit with a dashed letter keeps it' },
  { text: "|O'NEIL, SEAN|12 Jan 1950|00123459|555-201-3347|", spans: [], why: 'a date is no street, and a table cell of digits no part of one (second hunt)' },
  { text: "Patient's home CPAP ResMed AirSense 10 needs a filter", spans: [], why: 'a device name and number after "home" is no street (second hunt)' },
  { text: 'address (88 Birchwood Ln, Unit 2, Naperville, IL 60540)', spans: [['ADDRESS', '88 Birchwood Ln, Unit 2'], ['LOCATION', 'Naperville'], ['ZIP', '60540']], why: 'a closing bracket is no part of the postcode: redaction deleted it with the state (fourth hunt)' },
  { text: 'Her home IP 73.162.44.201 got locked out', spans: [], why: 'an acronym after "home" is no street name (fourth hunt: "IP 73" hid the address)' },
  { text: 'Pt is from Harrisburg PA 17101; 1 Infinite Loop Cupertino CA 95014; Event ID 10016', spans: [['LOCATION', 'Harrisburg'], ['ZIP', '17101'], ['ADDRESS', '1 Infinite Loop'], ['LOCATION', 'Cupertino'], ['ZIP', '95014']], why: 'a city before a state code and ZIP with no comma, past a street\'s suffix; never before "ID" (fresh-eyes hunt)' },
  { text: 'Addr: 45 Oak Ave   Naperville   IL   60540', spans: [['ADDRESS', '45 Oak Ave'], ['LOCATION', 'Naperville'], ['ZIP', '60540']], why: 'a gap of three spaces separates parts, as a tab does (second fresh-eyes hunt)' },
  { text: 'Patient Maria Gonzalez\t45 Oak Ave\tNaperville\tIL\t60540', spans: [['ADDRESS', '45 Oak Ave'], ['LOCATION', 'Naperville'], ['ZIP', '60540']], why: 'the cells of a TSV export are the parts of its address (second fresh-eyes hunt)' },
  { text: 'Home: 8/14 George St, Sydney NSW 2000', spans: [['ADDRESS', '8/14 George St'], ['LOCATION', 'Sydney'], ['ZIP', '2000']], why: 'an Australian unit/number (fresh-eyes hunt)' },
  { text: 'seen 3/14 at Main St', spans: [], why: 'a date before a street is no house number' },
  { text: 'Calle de Alcalá 50, 28014 Madrid, España', spans: [['ADDRESS', 'Calle de Alcalá 50'], ['ZIP', '28014'], ['LOCATION', 'Madrid']], why: 'a country in its own language stays, as Safe Harbor allows (fresh-eyes hunt)' },
  { text: 'Lives at Rural Route 2, Box 45, Hays, KS 67601', spans: [['ADDRESS', 'Rural Route 2'], ['ADDRESS', 'Box 45'], ['LOCATION', 'Hays'], ['ZIP', '67601']], why: 'a box part is an address of its own and the parts after it are read on (fourth hunt)' },
  { text: 'Pt address 350 Fifth Avenue, New York NY 10118', spans: [['ADDRESS', '350 Fifth Avenue'], ['LOCATION', 'New York'], ['ZIP', '10118']], why: 'a state\'s name before a state code in the same part is the city (fourth hunt)' },
  { text: 'Apt 2B, 77 Oak Ave, Austin, TX 78701', spans: [['ADDRESS', 'Apt 2B'], ['ADDRESS', '77 Oak Ave'], ['LOCATION', 'Austin'], ['ZIP', '78701']], why: 'a street after a unit starts its own block (third hunt)' },
  { text: "Address: 88 Pine Ave, Dr. Lee's office", spans: [['ADDRESS', '88 Pine Ave']], why: 'a title after the street is a person, not a city' },
  { text: '123 Main St.\nDOB 1/1/1980', spans: [['ADDRESS', '123 Main St.']], why: 'a line that runs on into a date is no part' },
  { text: 'Surgery scheduled 3 Feb 2024 at Mercy.\n12 Oak St, Salem', spans: [['ADDRESS', '12 Oak St'], ['LOCATION', 'Salem']], why: 'a street is read within one line' },
  { text: '12 Main St, Springfield, Bldg 5', spans: [['ADDRESS', '12 Main St'], ['LOCATION', 'Springfield'], ['ADDRESS', 'Bldg 5']], why: 'a part that is no city, state or postcode stays an address' },
  { text: 'Update from charge nurse: moved to room 4B.', spans: [], why: 'case C21: a room alone' },
  { text: 'Floor 22, Building 518', spans: [], why: 'case C34: floor and building numbers alone' },
  { text: 'test suite 3 failed', spans: [], why: 'lower-case unit word' },
  { text: '2 way binding in 10 minutes drive', spans: [], why: 'suffix words without a street name' },
  { text: 'see Guilty Pleasures: 5 Musicians Of The 70s', spans: [], why: 'ordinary words between numbers' },
  { text: 'CI build 4417823 passed on Windows 10', spans: [], why: 'build and product numbers' },
  { text: 'Done, OK 12345', spans: [['ZIP', '12345']], why: 'a word after a comma is no city (the ZIP detector still reads "OK 12345" as a state and ZIP)' },
  // City ST ZIP and APO/FPO/DPO lines are tried only before a run of exactly five digits, at the few
  // offsets where their comma or "APO" can stand; type-word streets only after a word walk finds the type word.
  { text: 'Austin,TX 75001 is home', spans: [['LOCATION', 'Austin'], ['ZIP', '75001']], why: 'no space after the comma' },
  { text: 'Austin, TX  75001-1234.', spans: [['LOCATION', 'Austin'], ['ZIP', '75001-1234']], why: 'two spaces and a ZIP+4' },
  { text: 'Austin, TX 750012', spans: [['LOCATION', 'Austin']], why: 'six digits are no ZIP (the city is still a city: detectors/location)' },
  { text: 'code XAPO AE 09012', spans: [['ZIP', '09012']], why: 'an APO line glued to a word before: its ZIP' },
  { text: 'Write to Postbox7 or PO Box   12 soon', spans: [['ADDRESS', 'Postbox7'], ['ADDRESS', 'PO Box   12']], why: 'box numbers right after the word or three spaces on' },
  { text: 'see (Via Roma 131', spans: [['ADDRESS', 'Via Roma 131']], why: 'a type word after a bracket' },
  { text: 'Avda. de la Paz 12', spans: [['ADDRESS', 'Avda. de la Paz 12']], why: 'a type word with its dot, three words before the number' },
  { text: 'at x.Rua Nova 5', spans: [['ADDRESS', 'Rua Nova 5']], why: 'a type word after a dot' },
  { text: 'on Rua A B C D 12', spans: [['ADDRESS', 'Rua A B C D 12']], why: 'four words between the type word and the number' },
  { text: 'on Rua A B C D E 12', spans: [], why: 'five words are too many' },
  { text: 'on Ruas Nova 5', spans: [], why: 'a word that only starts like a type word' },
  { text: 'Rua 𝐀bc Nova 12', spans: [['ADDRESS', 'Rua 𝐀bc Nova 12']], why: 'a name word with a letter outside the BMP' },
];

describe('address detector', () => {
  runTable(['ADDRESS', 'LOCATION', 'ZIP'], ROWS);

  it('reports the city after a street and "in" as a LOCATION (a place prefix may open it; a month is no city)', () => {
    const text = 'Pt lives at 4410 West Addison Street in Chicago. Moved from 12 Oak Street in New York City. Meet at 500 Main Street in March.';
    assert.deepEqual(scanText(text).filter((f) => f.type === 'LOCATION' || f.type === 'ADDRESS').map((f) => [f.type, f.text]), [
      ['ADDRESS', '4410 West Addison Street'], ['LOCATION', 'Chicago'], ['ADDRESS', '12 Oak Street'], ['LOCATION', 'New York City'],
      ['ADDRESS', '500 Main Street'],
    ]);
  });

  // Their speed on such input is measured by `npm run bench` (adversarial "unit and street words",
  // "numbers before words", "commas and line breaks", "1-1-1-1-...").
  it('finds what digit-dense and word-dense input holds, no more', () => {
    const counts = (text: string): Record<string, number> => {
      const byPattern: Record<string, number> = {};
      for (const c of findAddresses(text)) byPattern[c.pattern] = (byPattern[c.pattern] ?? 0) + 1;
      return byPattern;
    };
    assert.deepEqual(counts('1 '.repeat(200_000)), {});
    assert.deepEqual(counts('Apt Suite Street '.repeat(50_000)), { 'address-named-street (weak)': 50_000 });
    assert.deepEqual(counts('12 Aaaa '.repeat(50_000)), { 'address-number-name-number (weak)': 49_999 });
    assert.deepEqual(counts('a,\n'.repeat(200_000)), {});
  });
});
