/**
 * Words for offices and positions (roles), the words that qualify them, bare
 * occupations (descriptions, not roles) and the words that end the name of
 * an organisation. The party grammar reads an entry's role and organisation
 * with them: "Executive Director, Campaign for Uyghurs", "World Uyghur
 * Congress President", "Professor of Sociology, Temple University".
 */

/** Head words of an office or position: the last word of a role. */
export const ROLE_HEADS: readonly string[] = [
  'President', 'Vice-President', 'Vice President', 'Chair', 'Chairman', 'Chairwoman', 'Chairperson', 'Co-Chair', 'Cochair', 'Director', 'Director-General',
  'Manager', 'Member', 'Members', 'Secretary', 'Secretary-General', 'Minister', 'Commissioner', 'Founder', 'Co-founder', 'Co-Founder', 'Cofounder', 'Founders',
  'Advisor', 'Adviser', 'Professor', 'Lecturer', 'Reader', 'Representative', 'Leader', 'Head', 'Chief', 'Officer', 'Coordinator', 'Co-ordinator',
  'Spokesperson', 'Spokesman', 'Spokeswoman', 'Senator', 'Governor', 'Mayor', 'Ambassador', 'Dean', 'Rector', 'Provost', 'Chancellor', 'Vice-Chancellor',
  'Editor', 'Editor-in-Chief', 'Partner', 'CEO', 'CTO', 'COO', 'CFO', 'CIO', 'Trustee', 'Fellow', 'Organiser', 'Organizer', 'Convenor', 'Convener',
  'Treasurer', 'Deputy', 'Principal', 'Judge', 'Speaker', 'Comptroller', 'Comptroller General', 'Patron', 'Ombudsman', 'Ombudsperson', 'Rapporteur',
  'Delegate', 'Councillor', 'Councilor', 'Parliamentarian', 'Legislator', 'Congressman', 'Congresswoman', 'Chaplain', 'Bishop', 'Archbishop',
  'Moderator', 'Steward', 'Maintainer', 'Lead', 'Superintendent', 'Commander', 'Attorney General', 'Solicitor General', 'Auditor General', 'Registrar',
  'Administrator', 'Executive', 'Associate', 'Researcher', 'Investigator', 'Scientist', 'Instructor', 'Teacher', 'Counsel', 'Consul', 'Envoy',
  'Liaison', 'Ranking Member', 'Editor', 'Co-editor', 'Candidate', 'Secretary General', 'Director General', 'Vice-Chair', 'Vice Chair', 'Vice-Chairman', 'Deputy Director', 'Whip', 'Premier', 'Prime Minister', 'Taoiseach', 'Chairmen', 'Board Member', 'Staff',
];

/** Words that qualify a role head ("Executive Director", "Former Senator", "Board Chair"). */
export const ROLE_MODIFIERS: readonly string[] = [
  'Executive', 'General', 'Managing', 'Deputy', 'Vice', 'Assistant', 'Associate', 'Senior', 'Junior', 'Chief', 'Board', 'Co', 'Former', 'Acting',
  'Interim', 'Founding', 'Honorary', 'Emeritus', 'Emerita', 'Regional', 'National', 'Program', 'Programme', 'Advocacy', 'Policy', 'Communications',
  'Research', 'Campaigns', 'Campaign', 'Legal', 'Technical', 'Political', 'Principal', 'Permanent', 'Special', 'Visiting', 'Adjunct', 'Distinguished',
  'Clinical', 'Full', 'Lead', 'Head', 'Co-', 'Founder', 'and', '&', 'Past', 'Outgoing', 'Incoming', 'Elected', 'Institute', 'University', 'Research',
  'Ranking', 'International', 'Non-Attached', 'Non-attached', 'Independent', 'First', 'Second', 'Development', 'Operations', 'Finance', 'Media', 'Press', 'Project', 'Country', 'Office', 'Area', 'Staff', 'State', 'Federal', 'Parliamentary', 'High', 'Postdoctoral',
];

/** Portfolio offices whose "of …" names the portfolio, not an organisation ("Minister of the Interior"). */
export const PORTFOLIO_HEADS: readonly string[] = [
  'Minister', 'Secretary', 'Commissioner', 'Professor', 'Lecturer', 'Reader', 'Doctor', 'Master', 'Bachelor', 'Senator', 'Representative',
  'Secretary of State', 'Attorney General', 'Chancellor', 'Rapporteur', 'Judge', 'Justice', 'Governor', 'Mayor',
];

/**
 * Bare occupations and self-descriptions: the model records them as a
 * description, never as a role (ANNOTATION.md: "Author", "Journalist").
 */
export const OCCUPATIONS: readonly string[] = [
  'Author', 'Writer', 'Journalist', 'Reporter', 'Actor', 'Actress', 'Artist', 'Musician', 'Singer', 'Songwriter', 'Composer', 'Poet', 'Novelist',
  'Philosopher', 'Lawyer', 'Attorney', 'Activist', 'Sociologist', 'Historian', 'Economist', 'Filmmaker', 'Film maker', 'Film director', 'Photographer',
  'Designer', 'Programmer', 'Developer', 'Software developer', 'Engineer', 'Hacker', 'Student', 'Scholar', 'Academic', 'Playwright', 'Comedian',
  'Documentarian', 'Producer', 'Blogger', 'Broadcaster', 'Campaigner', 'Human rights defender', 'Whistleblower', 'Entrepreneur', 'Citizen',
  'Physician', 'Nurse', 'Psychologist', 'Anthropologist', 'Political scientist', 'Linguist', 'Mathematician', 'Physicist', 'Cartoonist', 'Illustrator',
  'Translator', 'Editorialist', 'Columnist', 'Commentator', 'Podcaster', 'Curator', 'Architect', 'Farmer', 'Retired', 'Independent',
  'Painter', 'Muralist', 'Sculptor', 'Technologist', 'Theologian', 'Publisher', 'Friar', 'Priest', 'Monk', 'Nun', 'Diplomat', 'Laureate', 'Analyst',
  'PhD candidate', 'Doctoral candidate', 'PhD student', 'Doctoral student', 'PhD researcher', 'Graduate student', 'Consultant', 'Educator', 'Feminist', 'Environmentalist', 'Unionist', 'Trade unionist', 'Musician', 'Dancer', 'Pianist', 'Cinematographer', 'Screenwriter',
];

/**
 * Words that make a phrase the name of an organisation ("… Foundation",
 * "… Council", "Association for …", "Universidad de …").
 */
export const ORGANISATION_WORDS: readonly string[] = [
  'Foundation', 'Fondation', 'Fundación', 'Fundação', 'Stiftung', 'Association', 'Asociación', 'Associação', 'Associazione', 'Institute', 'Instituto',
  'Institut', 'Network', 'Union', 'Council', 'Committee', 'Commission', 'Project', 'Society', 'Sociedad', 'Centre', 'Center', 'Centro', 'Group',
  'Coalition', 'Alliance', 'Watch', 'International', 'University', 'Universidad', 'Université', 'Universität', 'College', 'School', 'Academy',
  'Inc', 'Ltd', 'LLC', 'GmbH', 'AG', 'SA', 'Lab', 'Labs', 'Laboratory', 'Movement', 'Campaign', 'Front', 'Forum', 'Trust', 'Fund', 'Federation',
  'Confederation', 'Congress', 'Party', 'Partei', 'Parliament', 'Assembly', 'Senate', 'Ministry', 'Department', 'Agency', 'Office', 'Bureau',
  'Authority', 'Service', 'Services', 'Court', 'Tribunal', 'Bank', 'Corporation', 'Company', 'Cooperative', 'Coop', 'Collective', 'Initiative',
  'Partnership', 'Organisation', 'Organization', 'Organización', 'Chapter', 'Clinic', 'Hospital', 'Church', 'Mission', 'Secretariat', 'Board',
  'Observatory', 'Observatorio', 'Caucus', 'League', 'Club', 'Conservancy', 'Consortium', 'Press', 'Media', 'News', 'Magazine', 'Journal', 'Times',
  'Programme', 'Program', 'Platform', 'Plataforma', 'Rights', 'Action', 'Aid', 'Relief', 'Solidarity', 'Solidaridad', 'Consumers', 'Defenders',
  'Bundestag', 'Landtag', 'Knesset', 'Duma', 'Diet', 'Sejm', 'Riksdag', 'Storting', 'Folketing', 'Cortes', 'Oireachtas', 'Dáil', 'Seanad',
];

const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
const ROLE_HEAD_SET = lower(ROLE_HEADS);
const MODIFIER_SET = lower(ROLE_MODIFIERS);
const PORTFOLIO_SET = lower(PORTFOLIO_HEADS);
const OCCUPATION_SET = lower(OCCUPATIONS);
const ORG_WORD_SET = lower(ORGANISATION_WORDS);

/** True when `word` is the head of an office ("Director", "Chair", "co-founder"). */
export function isRoleHead(word: string): boolean {
  return ROLE_HEAD_SET.has(word.toLowerCase());
}

/** True when `word` can qualify a role head ("Executive", "Former", "Board"). */
export function isRoleModifier(word: string): boolean {
  return MODIFIER_SET.has(word.toLowerCase());
}

/** True when the office's "of …" names a portfolio ("Minister of Justice"). */
export function isPortfolioHead(phrase: string): boolean {
  return PORTFOLIO_SET.has(phrase.toLowerCase());
}

/** True when the phrase is a bare occupation ("Author", "film maker"). */
export function isOccupation(phrase: string): boolean {
  return OCCUPATION_SET.has(phrase.toLowerCase().trim());
}

/** True when `word` marks the name of an organisation ("Foundation", "Inc"). */
export function isOrganisationWord(word: string): boolean {
  return ORG_WORD_SET.has(word.replace(/\.$/u, '').toLowerCase());
}
