/**
 * Place words for the LOCATION, ADDRESS and NAME finders.
 *
 * Safe Harbor (45 CFR 164.514(b)(2)(i)(B)) removes geographic subdivisions SMALLER than a state, so
 * states and countries are not PHI: US_STATES and COUNTRIES list what LOCATION must not report.
 * Hand-written (USPS state names and codes; common English country names, ISO 3166 short forms).
 */

const words = (s: string): string[] => s.trim().split(/\s*\n\s*|\s*;\s*/).filter(Boolean).map((w) => w.toLowerCase());

/** USPS two-letter codes of the states, DC, territories and military "states" (AA, AE, AP). */
export const US_STATE_CODES: ReadonlySet<string> = new Set(`
  AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC
  ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP AA AE AP
`.trim().split(/\s+/));

export const US_STATES: ReadonlySet<string> = new Set(words(`
  Alabama; Alaska; Arizona; Arkansas; California; Colorado; Connecticut; Delaware; Florida; Georgia;
  Hawaii; Idaho; Illinois; Indiana; Iowa; Kansas; Kentucky; Louisiana; Maine; Maryland; Massachusetts;
  Michigan; Minnesota; Mississippi; Missouri; Montana; Nebraska; Nevada; New Hampshire; New Jersey;
  New Mexico; New York; North Carolina; North Dakota; Ohio; Oklahoma; Oregon; Pennsylvania;
  Rhode Island; South Carolina; South Dakota; Tennessee; Texas; Utah; Vermont; Virginia; Washington;
  West Virginia; Wisconsin; Wyoming; District of Columbia; Puerto Rico; Guam
`));

export const COUNTRIES: ReadonlySet<string> = new Set(words(`
  Afghanistan; Albania; Algeria; Andorra; Angola; Argentina; Armenia; Australia; Austria; Azerbaijan;
  Bahamas; Bahrain; Bangladesh; Barbados; Belarus; Belgium; Belize; Benin; Bhutan; Bolivia; Bosnia;
  Botswana; Brazil; Brunei; Bulgaria; Burundi; Cambodia; Cameroon; Canada; Chad; Chile; China; Colombia;
  Congo; Costa Rica; Croatia; Cuba; Cyprus; Czech Republic; Czechia; Denmark; Djibouti; Dominica;
  Dominican Republic; Ecuador; Egypt; El Salvador; England; Eritrea; Estonia; Eswatini; Ethiopia; Fiji;
  Finland; France; Gabon; Gambia; Germany; Ghana; Greece; Greenland; Grenada; Guatemala; Guinea;
  Guyana; Haiti; Honduras; Hong Kong; Hungary; Iceland; India; Indonesia; Iran; Iraq; Ireland; Israel;
  Italy; Jamaica; Japan; Jordan; Kazakhstan; Kenya; Korea; Kosovo; Kuwait; Laos; Latvia; Lebanon;
  Liberia; Libya; Liechtenstein; Lithuania; Luxembourg; Madagascar; Malawi; Malaysia; Maldives; Mali;
  Malta; Mauritania; Mauritius; Mexico; Moldova; Monaco; Mongolia; Montenegro; Morocco; Mozambique;
  Myanmar; Namibia; Nepal; Netherlands; New Zealand; Nicaragua; Niger; Nigeria; North Korea;
  North Macedonia; Norway; Oman; Pakistan; Panama; Paraguay; Peru; Philippines; Poland; Portugal;
  Qatar; Romania; Russia; Rwanda; Samoa; San Marino; Saudi Arabia; Scotland; Senegal; Serbia;
  Singapore; Slovakia; Slovenia; Somalia; South Africa; South Korea; Spain; Sri Lanka; Sudan;
  Suriname; Sweden; Switzerland; Syria; Taiwan; Tajikistan; Tanzania; Thailand; Togo; Tonga; Tunisia;
  Turkey; Turkmenistan; Uganda; Ukraine; United Arab Emirates; United Kingdom; United States;
  United States of America; Uruguay; Uzbekistan; Vanuatu; Venezuela; Vietnam; Wales; Yemen; Zambia;
  Zimbabwe; USA; US; UK; UAE;
  España; Italia; Deutschland; Brasil; México; Nederland; Schweiz; Suisse; Svizzera; Österreich; Polska;
  Sverige; Norge; Danmark; Suomi; Éire; Ελλάδα; Россия; Türkiye; Česko; Magyarország; Hrvatska; België; Belgique
`));

/**
 * Words that end a facility name ("Mercy Medical Center", "Lakeside Clinic"): the run of capitalised
 * words before them is a LOCATION (Safe Harbor treats facility names as geographic identifiers).
 */
export const FACILITY_WORDS: ReadonlySet<string> = new Set(words(`
  hospital; clinic; clinics; infirmary; hospice; sanatorium; medical center; medical centre;
  health center; health centre; nursing home; rehabilitation center; rehab center; care center;
  surgery center; urgent care; memorial hospital; health system; healthcare
`));

/** Words that make a capitalised run a place or an organisation rather than a person. */
export const PLACE_OR_ORG_WORDS: ReadonlySet<string> = new Set(words(`
  street; avenue; road; boulevard; lane; drive; court; place; way; terrace; highway; parkway; circle;
  square; plaza; city; town; county; village; township; parish; borough; district; province; state;
  lake; river; mount; mountain; valley; beach; bay; island; islands; port; harbor; harbour; park;
  forest; creek; springs; falls; heights; gardens; center; centre; republic; kingdom; hospital;
  clinic; university; college; school; institute; academy; company; corp; corporation; inc; llc; ltd;
  group; bank; foundation; association; society; church; museum; library; airport; station; memorial;
  medical; health; healthcare; pharmacy; labs; laboratories; systems; technologies; partners; union;
  council; committee; agency; ministry; force; army; navy; court; act; treaty; weekly; daily; times; news
`));

/** Place-name words that start real names though they are ordinary words ("New", "Port", "Lake"). */
export const PLACE_PREFIXES: ReadonlySet<string> = new Set(['new', 'north', 'south', 'east', 'west', 'port', 'mount', 'lake',
  'saint', 'st', 'st.', 'fort', 'san', 'santa', 'el', 'la', 'le', 'los', 'las', 'grand', 'great', 'little', 'upper', 'lower',
  'old', 'long', 'green', 'white', 'black', 'red', 'royal', 'park', 'bay', 'city', 'cite', 'mill']);

/** US state codes that are also English words or titles ("OK", "IN", "OR", "ME", "MD", "PA"), and the military ones. */
export const WORDLIKE_STATE_CODES: ReadonlySet<string> = new Set(['OK', 'IN', 'OR', 'ME', 'HI', 'MD', 'PA', 'ID', 'CO', 'DE',
  'LA', 'MA', 'AL', 'AS', 'GA', 'MS', 'NE', 'VA', 'AA', 'AE', 'AP']);
