/**
 * Head words of organisation names. A capitalised phrase that ends in one of
 * `TRAILING_HEADS` ("Hong Kong Democracy Council", "Free Software
 * Foundation") or opens with one of `LEADING_HEADS` followed by "of", "for",
 * "on" … ("Ministry of Public Security", "Council for TRIPS") names an
 * organisation. `INSTITUTIONS` are state bodies that a demonym turns into a
 * name ("Italian Senate", "German Bundestag", "Chinese Foreign Ministry").
 * `GENERIC` words alone before a head make no name ("Executive Committee",
 * "General Assembly"): a sub-body spoken of without its parent.
 */

/** Words that end an organisation's name. */
export const TRAILING_HEADS: ReadonlySet<string> = new Set([
  'Council', 'Committee', 'Commission', 'Congress', 'Alliance', 'Association', 'Associations', 'Foundation', 'Institute', 'Institution',
  'University', 'Universidad', 'Universidade', 'Università', 'Universität', 'Universiteit', 'Université', 'College', 'School', 'Academy',
  'Party', 'Ministry', 'Department', 'Agency', 'Bureau', 'Office', 'Service', 'Services', 'Authority', 'Administration', 'Board',
  'Court', 'Tribunal', 'Parliament', 'Senate', 'Assembly', 'Bundestag', 'Bundesrat', 'Knesset', 'Duma', 'Diet', 'Legislature',
  'Network', 'Coalition', 'Campaign', 'Center', 'Centre', 'Centro', 'Centrum', 'Society', 'Union', 'Federation', 'Confederation', 'League',
  'Movement', 'Front', 'Forum', 'Group', 'Watch', 'Trust', 'Fund', 'Project', 'Initiative', 'Collective', 'Cooperative', 'Partnership',
  'Organisation', 'Organization', 'Organizations', 'Organisations', 'Secretariat', 'Mission', 'Embassy', 'Consulate', 'Police', 'Army',
  'Navy', 'Bank', 'Corporation', 'Company', 'Inc', 'Ltd', 'LLC', 'GmbH', 'AB', 'AG', 'SA', 'Lab', 'Laboratory', 'Labs', 'Observatory',
  'Clinic', 'Hospital', 'Club', 'Greens', 'Caucus', 'Chapter', 'Conservancy', 'Times', 'Post', 'Examiner', 'Herald',
  'Journal', 'Tribune', 'Guardian', 'Gazette', 'Telegraph', 'Press', 'Magazine', 'Foundry', 'Systems', 'Fellowship', 'Mirror', 'Chronicle',
  'Observatorio', 'Observatoire',
  'Fundación', 'Fundação', 'Fondation', 'Stiftung', 'Instituto', 'Institut', 'Asociación', 'Associação', 'Comité', 'Comitato', 'Frente',
  'Partido', 'Parti', 'Partei', 'Mouvement', 'Movimiento', 'Rede', 'Kollektiv', 'Kommission', 'Verband', 'Verein',
]);

/** Words that open an organisation's name when "of", "for", "on" … follows ("Ministry of", "University of"). */
export const LEADING_HEADS: ReadonlySet<string> = new Set([
  'Ministry', 'Department', 'University', 'Council', 'Committee', 'Commission', 'Office', 'Board', 'Bureau', 'Court', 'Organisation',
  'Organization', 'Association', 'Institute', 'Center', 'Centre', 'Campaign', 'Coalition', 'Foundation', 'Alliance', 'Party', 'Group',
  'League', 'Union', 'Federation', 'Network', 'Movement', 'Society', 'Agency', 'Fund', 'Friends', 'Front', 'Confederation', 'Academy',
  'College', 'School', 'Club', 'Parliament', 'Assembly', 'House', 'Chamber', 'Secretariat', 'Mission', 'Embassy', 'Consulate', 'Service',
  'Directorate', 'Division', 'Unit', 'Tribunal', 'Conference', 'Congress', 'Senate', 'Bank', 'Lab', 'Laboratory', 'Fellowship',
  'Observatorio', 'Observatoire', 'Red',
  'Instituto', 'Universidad', 'Universidade', 'Fundación', 'Centro', 'Asociación', 'Comité', 'Confédération', 'Fédération', 'Ligue',
  // groups of people that name themselves for a cause: "Veterans for Peace", "Doctors Without Borders", "Americans for Prosperity"
  'Women', 'Veterans', 'Physicians', 'Doctors', 'Lawyers', 'Scientists', 'Scholars', 'Students', 'Parents', 'Journalists', 'Reporters',
  'Citizens', 'Americans', 'Mothers', 'Grandmothers', 'Artists', 'Writers', 'Nurses', 'Engineers', 'Teachers', 'Workers', 'Campaigners',
  'Librarians', 'Christians', 'Muslims', 'Jews', 'Rabbis', 'Clergy',
]);

/** Connecting words allowed inside an organisation's name. */
export const CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'for', 'on', 'and', 'the', 'in', 'to', 'against', 'with', 'without', 'at', '&', '+', 'de', 'del', 'der', 'des', 'du', 'la', 'le', 'les',
  'da', 'do', 'dos', 'das', 'e', 'y', 'et', 'en', 'em', 'für', 'und', 'per', 'pour', 'para', 'por', 'di', 'della', 'al', 'a', 'an',
  // two words of one object: "Working Group on Enforced or Involuntary Disappearances"
  'or',
]);

/** Connectors that may follow a head word and continue the name ("Alliance on China", "Ministry of Justice"). */
export const HEAD_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'on', 'to', 'against', 'without', 'de', 'des', 'du', 'für', 'pour', 'para', 'per']);

/** State institutions a demonym makes into a name: "Italian Senate", "Chinese Foreign Ministry". */
export const INSTITUTIONS: ReadonlySet<string> = new Set([
  'Senate', 'Parliament', 'Bundestag', 'Bundesrat', 'Congress', 'Embassy', 'Consulate', 'Ministry', 'Foreign Ministry', 'Interior Ministry',
  'Justice Ministry', 'Defence Ministry', 'Defense Ministry', 'Foreign Office', 'Home Office', 'Supreme Court', 'Constitutional Court',
  'High Court', 'National Assembly', 'Navy', 'Army', 'Air Force', 'Coast Guard', 'Federal Police', 'National Police', 'Chamber of Deputies',
  'House of Representatives', 'Legislative Council', 'Legislative Assembly', 'Cabinet',
]);

/**
 * Words that alone before a head name no particular body ("Executive
 * Committee", "General Assembly", "Foreign Ministry" needs a demonym).
 */
export const GENERIC: ReadonlySet<string> = new Set([
  'Executive', 'General', 'Central', 'Standing', 'Select', 'Joint', 'Special', 'Permanent', 'Steering', 'Advisory', 'Organising', 'Organizing',
  'Scientific', 'Technical', 'Working', 'Foreign', 'Interior', 'Home', 'Justice', 'Defence', 'Defense', 'The', 'A', 'An', 'Our', 'Their',
  'This', 'That', 'Its', 'His', 'Her', 'Your', 'Main', 'Local', 'Regional', 'National', 'International', 'Federal', 'State', 'Supreme',
  'High', 'Constitutional', 'Appeals', 'Criminal', 'Civil', 'District', 'Plenary', 'Annual', 'Next', 'New', 'Same', 'Relevant',
  'Competent', 'Legal', 'Programme', 'Board', 'Governing', 'Election', 'Electoral', 'Bilateral', 'Multilateral', 'Secretariat', 'Red',
  'Notice', 'Notices', 'Control', 'Files', 'Commission', 'Council', 'Committee', 'Assembly', 'Session', 'Office', 'Department', 'Ministry',
  'Sub', 'Subcommittee', 'Party', 'Parties', 'Member', 'Members', 'Police', 'Security', 'Public', 'Human', 'Rights', 'Press', 'Media',
  'Trade', 'Health', 'Education', 'Finance', 'Affairs', 'Relations', 'Services', 'Service', 'Intelligence', 'Immigration', 'World',
]);

/** Words that are never part of an organisation's name when they open a run (sentence openers, offices). */
export const NOT_ORG_START: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'Our', 'Their', 'Its', 'His', 'Her', 'Your', 'My', 'Dear', 'By', 'In', 'On', 'At', 'For',
  'From', 'To', 'With', 'And', 'Or', 'But', 'As', 'If', 'When', 'While', 'Since', 'After', 'Before', 'During', 'Through', 'Under', 'Over',
  'Allowing', 'Given', 'Finally', 'Also', 'Both', 'Every', 'Each', 'All', 'Some', 'Many', 'Most', 'Several', 'Another', 'Other', 'Such',
  'Former', 'Current', 'Then', 'Acting', 'Interim', 'Prominent', 'Both', 'Whereas', 'Despite', 'Like', 'Unlike', 'Including', 'Via', 'Per',
  'We', 'They', 'He', 'She', 'It', 'I', 'You', 'Subject', 'Re', 'Copy', 'Cc', 'Contact', 'Attention', 'Signed', 'Sincerely',
]);

/** Connectors a name may hold before its head word ("Association for Progressive Communications"). */
export const LEFT_CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'for', 'on', 'and', 'at', '&', '+', 'de', 'del', 'der', 'des', 'du', 'la', 'le', 'les', 'da', 'do', 'dos', 'das', 'e', 'y', 'et', 'für',
  'und', 'pour', 'para', 'por', 'di', 'della', 'against', 'with',
]);

/**
 * Titles and positions: a name never opens on one ("Professor of
 * Organization", "Board Chair of Hong Kong Democracy Council") nor runs on
 * through one ("Campaign for Uyghurs Executive Director").
 */
export const TITLES: ReadonlySet<string> = new Set([
  'President', 'Vice', 'Chair', 'Chairman', 'Chairwoman', 'Chairperson', 'Co-Chair', 'Co-chair', 'Member', 'Members', 'Director', 'Directors',
  'Professor', 'Assistant', 'Associate', 'Advisor', 'Adviser', 'Founder', 'Co-Founder', 'Co-founder', 'Cofounder', 'Secretary', 'Coordinator',
  'Minister', 'Senator', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'Head', 'Leader', 'Chief', 'MP', 'MEP', 'MPs', 'MEPs', 'Deputy',
  'Officer', 'Manager', 'Rapporteur', 'Representative', 'Ambassador', 'Commissioner', 'CEO', 'CTO', 'CFO', 'COO', 'Lecturer', 'Fellow',
  'Researcher', 'Dean', 'Student', 'Candidate', 'Legislator', 'Laureate', 'Emeritus', 'Former', 'Sen', 'Rep', 'Mr', 'Ms', 'Mrs', 'Dr',
  'Prof', 'Hon', 'Sir', 'Lord', 'Lady', 'Dame', 'Baroness', 'Governor', 'Mayor', 'Speaker', 'Treasurer', 'Organizer', 'Organiser',
  'Editor', 'Publisher', 'Journalist', 'Author', 'Lawyer', 'Attorney', 'Counsel', 'Analyst', 'Engineer', 'Partner', 'Principal',
  'Volunteer', 'Intern', 'Staff', 'Steward', 'Trustee', 'Patron', 'Ambassadors', 'Activist', 'Campaigner', 'Spokesperson',
]);

/** Events and documents that may follow an organisation's name but are not part of it ("ACFOA Seminar"). */
export const EVENT_WORDS: ReadonlySet<string> = new Set([
  'Seminar', 'Summit', 'Meeting', 'Session', 'Sessions', 'Report', 'Reports', 'Day', 'Week', 'Conference', 'Hearing',
  'Statement', 'Letter', 'Declaration', 'Resolution', 'Election', 'Elections', 'Vote', 'Notice', 'Notices', 'Website', 'Annual', 'Awards',
]);

/** Possessive group nouns that stand inside a name ("People's Vaccine Alliance", "Women's Rights Network"). */
export const POSSESSIVE_IN_NAME: ReadonlySet<string> = new Set([
  'People', 'Peoples', 'Women', 'Children', 'Workers', 'Citizens', 'Men', 'Farmers', 'Patients', 'Veterans', 'Mothers', 'Parents', 'Students',
  'Journalists', 'Writers', 'Nations', 'Traveller', 'Travellers', 'Consumers', 'Lawyers', 'Defenders', 'Youth', 'Prisoners', 'Refugees',
  // courts named for their judges: "Magistrate's Court", "Magistrates' Court"
  'Magistrate', 'Magistrates',
]);

/** Plural heads that a list of names shares: "the Liberal, National and Labor Parties". */
export const SHARED_PLURAL_HEADS: ReadonlyMap<string, string> = new Map([
  ['Parties', 'Party'], ['Councils', 'Council'], ['Ministries', 'Ministry'], ['Universities', 'University'], ['Foundations', 'Foundation'],
]);
