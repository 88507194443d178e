/**
 * Capitalised words that are not part of a person's name: greetings and
 * closings, offices and titles written before or after a name, group nouns
 * ("Ministers", "Signatories"), document words ("Subject", "Notes"), months
 * and weekdays, function words that open a sentence, and demonyms of peoples
 * without a state (which compromise's lexicon does not know). A capitalised
 * run that holds one of these is cut there; what is left may be a name.
 */

/** Greetings, closings and other letter furniture. */
const LETTER_WORDS = [
  'Dear', 'Hello', 'Hi', 'Greetings', 'Sincerely', 'Respectfully', 'Regards', 'Yours', 'Faithfully', 'Truly', 'Cordially', 'Thanks', 'Thank',
  'Subject', 'Re', 'Ref', 'Cc', 'Bcc', 'To', 'From', 'Attn', 'Attention', 'Copy', 'Enclosure', 'Encl', 'Signed', 'Signatories', 'Signatory',
  'Undersigned', 'Letter', 'Ends', 'Notes', 'Note', 'Editors', 'Editor', 'Press', 'Release', 'Media', 'Contact', 'Contacts', 'Embargo', 'Embargoed',
  'Until', 'Statement', 'Page', 'Photo', 'Photograph', 'Credit', 'Image', 'Source', 'Sources', 'Read', 'More', 'View', 'Original', 'Post', 'Share',
  'Tweet', 'Email', 'Phone', 'Tel', 'Fax', 'Mobile', 'Website', 'Web', 'Online', 'Update', 'Updated', 'Published', 'Comment', 'Comments', 'Reply',
  'Please', 'Enter', 'Click', 'Here', 'Sign', 'Donate', 'Subscribe', 'Follow', 'Like', 'Background', 'Summary', 'Introduction', 'Conclusion',
  'Appendix', 'Annex', 'Attachment', 'Affiliations', 'Affiliation', 'Identification', 'Purposes', 'Only', 'List', 'Lists', 'Full', 'Total',
];

/** Offices, ranks and titles used around names (forms of address are in honorifics.ts). */
const OFFICES = [
  'President', 'Presidents', 'Presidential', 'Vice', 'Deputy', 'Prime', 'Minister', 'Ministers', 'Ministerial', 'Secretary', 'Secretaries',
  'General', 'Generals', 'Attorney', 'Attorneys', 'Solicitor', 'Chancellor', 'Commissioner', 'Commissioners', 'Ambassador', 'Ambassadors',
  'Senator', 'Senators', 'Sen', 'Sens', 'Rep', 'Reps', 'Representative', 'Representatives', 'Congressman', 'Congresswoman', 'Congressmen',
  'Governor', 'Mayor', 'Councillor', 'Councilor', 'Chair', 'Chairman', 'Chairwoman', 'Chairperson', 'Chairs', 'Co-Chair', 'Co-chair', 'Speaker',
  'Director', 'Directors', 'Executive', 'Managing', 'Chief', 'Head', 'Heads', 'Leader', 'Leaders', 'Spokesperson', 'Spokesman', 'Spokeswoman',
  'Founder', 'Co-Founder', 'Co-founder', 'Cofounder', 'Member', 'Members', 'Board', 'Officer', 'Officers', 'Coordinator', 'Manager', 'Advisor',
  'Adviser', 'Advisers', 'Advisors', 'Counsel', 'Consul', 'Envoy', 'Special', 'Rapporteur', 'Rapporteurs', 'Professor', 'Professors', 'Prof',
  'Lecturer', 'Fellow', 'Researcher', 'Dean', 'Emeritus', 'Emerita', 'Laureate', 'Associate', 'Assistant', 'Senior', 'Junior', 'Former', 'Acting',
  'Interim', 'Honorary', 'Permanent', 'Principal', 'Foreign', 'Home', 'Interior', 'Justice', 'Defence', 'Defense', 'Affairs', 'Homeland',
  'Security', 'Public', 'State', 'States', 'Federal', 'National', 'International', 'Regional', 'Secretariat', 'Office', 'Hon', 'Rt', 'Sir',
  'Dame', 'Lord', 'Lady', 'Baroness', 'Baron', 'Excellency', 'Excellencies', 'Majesty', 'Highness', 'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr',
  'Reverend', 'Rev', 'Pope', 'Judge', 'Justices', 'Mr.', 'Premier', 'Taoiseach', 'MP', 'MPs', 'MEP', 'MEPs', 'CEO', 'CTO', 'CFO', 'COO',
  'Journalist', 'Author', 'Activist', 'Activists', 'Lawyer', 'Lawyers', 'Candidate', 'Candidates', 'Delegate', 'Delegates', 'Delegation',
  'Legislator', 'Legislators', 'Parliamentarian', 'Parliamentarians', 'Politician', 'Official', 'Officials', 'Staff', 'Team', 'Agent', 'Agents',
];

/** Group nouns and generic capitalised nouns that stand for no one in particular. */
const GROUPS = [
  'People', 'Peoples', 'Citizens', 'Citizen', 'Government', 'Governments', 'Authorities', 'Administration', 'Police', 'Community', 'Communities',
  'Diaspora', 'Dissidents', 'Uyghur', 'Uyghurs', 'Uighur', 'Uighurs', 'Tibetan', 'Tibetans', 'Kurdish', 'Kurds', 'Rohingya', 'Hong', 'Kong',
  'Konger', 'Kongers', 'Taiwanese', 'Palestinian', 'Palestinians', 'Sahrawi', 'Baloch', 'Catalan', 'Basque', 'Roma', 'Indigenous', 'Western',
  'Eastern', 'Northern', 'Southern', 'Central', 'Nordic', 'Baltic', 'Balkan', 'Arab', 'Scandinavian', 'Caribbean', 'North', 'South', 'East', 'West', 'Middle', 'Asia', 'Europe', 'Africa', 'America', 'Americas',
  'Latin', 'Pacific', 'Atlantic', 'Arctic', 'Gulf', 'World', 'Global', 'Human', 'Rights', 'Freedom', 'Democracy', 'Law', 'Laws', 'Act', 'Bill',
  'Treaty', 'Convention', 'Charter', 'Declaration', 'Resolution', 'Article', 'Section', 'Chapter', 'Rule', 'Code', 'Court', 'Notice', 'Notices',
  'Red', 'Diffusion', 'Warrant', 'Case', 'Cases', 'Report', 'Session', 'Assembly', 'Congress', 'Parliament', 'Senate', 'House', 'Committee',
  'Council', 'Commission', 'Ministry', 'Department', 'Agency', 'Bureau', 'Party', 'Union', 'Republic', 'Kingdom', 'Empire', 'Nations', 'Nation',
  'United', 'Republicans', 'Democrats', 'Republican', 'Democrat', 'Democratic', 'Conservative', 'Conservatives', 'Labour', 'Labor', 'Liberal',
  'Green', 'Greens', 'Communist', 'Socialist', 'Christian', 'Muslim', 'Muslims', 'Jewish', 'Catholic', 'Protestant', 'Buddhist', 'Islamic',
  'Internet', 'Covid', 'COVID', 'Coronavirus', 'Pandemic', 'Vaccine', 'Vaccines', 'Operation', 'Programme', 'Program', 'Project', 'Initiative',
  // generic nouns and adjectives of policy writing, capitalised in titles and names of things
  'Policy', 'Policies', 'Science', 'Sciences', 'Data', 'Paper', 'Papers', 'Gap', 'Option', 'Options', 'Wealth', 'Drug', 'Drugs', 'Action',
  'Plan', 'Plans', 'Study', 'Studies', 'Review', 'Research', 'Economics', 'Finance', 'Health', 'Education', 'Technology', 'Development',
  'Trade', 'Work', 'Works', 'Access', 'Service', 'Care', 'Support', 'System', 'Systems', 'Digital', 'Open', 'Private', 'Civil', 'Social',
  'Economic', 'Political', 'Clinical', 'Educational', 'Technical', 'Predatory', 'Consumer', 'Student', 'Students', 'Debt', 'Loan', 'Loans',
  'Income', 'Tax', 'Market', 'Markets', 'Prize', 'Award', 'Awards', 'Airport', 'Street', 'Road', 'Avenue', 'Square', 'Station', 'Bridge',
  'Building', 'Tower', 'Hall', 'Park', 'Centre', 'Center', 'Title', 'Part', 'Annex', 'Schedule', 'Situation', 'Arrangement', 'Encryption',
  'Repayment', 'Inclusion', 'Disparity', 'Preparedness', 'Partnerships', 'Production', 'Productions', 'Private', 'Bag', 'Box', 'Level', 'Floor',
  'Suite', 'Unit', 'Block', 'Images', 'Pictures', 'Photos', 'Photography', 'Films', 'Studios', 'Records', 'Phase', 'Stage', 'Round', 'Series', 'Edition', 'Volume', 'Issue', 'Number', 'Version', 'Commons', 'Science',
];

/** Endings of English common nouns and adjectives that no personal name has ("Instrumentation", "Inclusiveness"). */
const COMMON_ENDING = /(?:tion|sion|ment|ness|ity|ities|ics|ism|isms|ship|ships|ogy|ical|ional|ative|ency|ancy|ware|tions|sions|ments)$/u;

/** True when a capitalised word ends like an English common noun or adjective. */
export function hasCommonEnding(word: string): boolean {
  return word.length > 5 && COMMON_ENDING.test(word.toLowerCase());
}

/** Months, their abbreviations and weekdays. */
const CALENDAR = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri',
  'Sat', 'Sun', 'Today', 'Tomorrow', 'Yesterday', 'Christmas', 'Easter', 'Ramadan', 'Eid',
];

/** Function words and pronouns that open a sentence or a heading. */
const FUNCTION_WORDS = [
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'Its', 'It', 'He', 'She', 'They', 'We', 'You', 'I', 'Our', 'Your', 'Their', 'His', 'Her',
  'My', 'Us', 'Them', 'In', 'On', 'At', 'By', 'For', 'Of', 'With', 'Without', 'As', 'And', 'Or', 'But', 'Nor', 'If', 'When', 'While', 'Where',
  'Who', 'Whom', 'Whose', 'What', 'Which', 'Why', 'How', 'All', 'Any', 'Some', 'No', 'Not', 'Every', 'Each', 'Both', 'Either', 'Neither', 'Many',
  'Most', 'Much', 'Such', 'Other', 'Another', 'After', 'Before', 'During', 'Since', 'Despite', 'Although', 'Though', 'Because', 'So', 'Yet',
  'Also', 'Then', 'Thus', 'Therefore', 'However', 'Moreover', 'Furthermore', 'Meanwhile', 'Finally', 'Further', 'Indeed', 'Instead', 'Again',
  'There', 'Yes', 'Mr', 'Per', 'Via', 'About', 'Above', 'Against', 'Among', 'Between', 'Into', 'Over', 'Under', 'Upon', 'Within', 'Across',
  'Through', 'Throughout', 'Following', 'Including', 'Regarding', 'Concerning', 'Given', 'Whether', 'Unless', 'Once', 'Now', 'Just', 'Even',
  'Only', 'Still', 'Last', 'Next', 'First', 'Second', 'Third', 'New', 'Old', 'Dear', 'Is', 'Are', 'Was', 'Were', 'Be', 'Has', 'Have', 'Had',
  'Will', 'Would', 'Can', 'Could', 'Should', 'Must', 'May', 'Might', 'Do', 'Does', 'Did', 'Let', 'Join', 'Stop', 'Free', 'Save', 'End',
];

const OFFICE_SET = new Set(OFFICES.map((w) => w.toLowerCase()));
const HARD = new Set([...LETTER_WORDS, ...OFFICES, ...CALENDAR, ...FUNCTION_WORDS].map((w) => w.toLowerCase()));
const SOFT = new Set(GROUPS.map((w) => w.toLowerCase()));
const CALENDAR_SET = new Set(CALENDAR.map((w) => w.toLowerCase()));

const key = (word: string) => word.toLowerCase().replace(/\.$/u, '');

/** True when a capitalised word is never part of a person's name ("Dear", "Ministers", "May"). */
export function isNotName(word: string): boolean {
  const k = key(word);
  return HARD.has(k) || SOFT.has(k);
}

/**
 * True for words that are never part of a name (offices, letter words,
 * months, function words); group nouns such as "Green" or "Law" are
 * surnames too, so a name that opens with a given name may keep them.
 */
export function isHardNotName(word: string): boolean {
  return HARD.has(key(word));
}

/** True for offices and titles written before a name ("President", "Secretary"). */
export function isOffice(word: string): boolean {
  return OFFICE_SET.has(key(word));
}

/** True for month and weekday names. */
export function isCalendarWord(word: string): boolean {
  return CALENDAR_SET.has(key(word));
}

/** Lower-case particles inside a name: "Tom van der Lee", "Eleonora de Lucena", "Fabio Luis Barbosa dos Santos". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'das', 'do', 'dos', 'du', 'la', 'le', 'les', 'ter', 'ten', 'bin', 'binti', 'bint',
  'ibn', 'al', 'el', 'zu', 'af', 'av', 'ap',
]);
