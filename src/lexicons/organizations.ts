/**
 * Well-known bodies that campaign documents name: international and police
 * organisations, United Nations bodies, EU institutions, legislatures and
 * their chambers, government departments, courts, major NGOs, companies and
 * news outlets. Each entry gives the name a reader would record and the other
 * forms (acronyms, short forms, other spellings) by which texts name it. An
 * all-capitals form matches only in capitals ("WHO", "ICC"); other forms
 * match with their words capitalised as written here.
 *
 * `platform: true` marks services that texts often name only as a medium
 * ("on Twitter"): those count only when the text speaks of them as actors.
 */

export interface KnownBody {
  readonly name: string;
  readonly forms: readonly string[];
  readonly platform?: boolean;
}

export const KNOWN_BODIES: readonly KnownBody[] = [
  // international organisations
  { name: 'INTERPOL', forms: ['Interpol', 'International Criminal Police Organization', 'International Criminal Police Organisation', 'ICPO-INTERPOL', 'ICPO'] },
  { name: 'Europol', forms: ['EUROPOL'] },
  { name: 'United Nations', forms: ['UN', 'U.N.'] },
  { name: 'United Nations General Assembly', forms: ['UN General Assembly', 'UNGA'] },
  { name: 'United Nations Security Council', forms: ['UN Security Council', 'UNSC'] },
  { name: 'United Nations Human Rights Council', forms: ['UN Human Rights Council', 'UNHRC'] },
  { name: 'Office of the United Nations High Commissioner for Human Rights', forms: ['OHCHR', 'UN Human Rights Office'] },
  { name: 'Office of the United Nations High Commissioner for Refugees', forms: ['UNHCR', 'UN Refugee Agency'] },
  { name: 'United Nations Development Programme', forms: ['UNDP'] },
  { name: 'United Nations Conference on Trade and Development', forms: ['UNCTAD'] },
  { name: 'UNAIDS', forms: ['Joint United Nations Programme on HIV/AIDS'] },
  { name: 'UNICEF', forms: ["United Nations Children's Fund"] },
  { name: 'UNESCO', forms: [] },
  { name: 'World Health Organization', forms: ['WHO', 'World Health Organisation'] },
  { name: 'World Trade Organization', forms: ['WTO', 'World Trade Organisation'] },
  { name: 'International Monetary Fund', forms: ['IMF'] },
  { name: 'World Bank', forms: [] },
  { name: 'Organisation for Economic Co-operation and Development', forms: ['OECD', 'Organization for Economic Cooperation and Development'] },
  { name: 'Organization for Security and Co-operation in Europe', forms: ['OSCE', 'Organisation for Security and Co-operation in Europe'] },
  { name: 'Organization of American States', forms: ['OAS', 'Organisation of American States'] },
  { name: 'African Union', forms: ['AU'] },
  { name: 'Association of Southeast Asian Nations', forms: ['ASEAN'] },
  { name: 'North Atlantic Treaty Organization', forms: ['NATO', 'North Atlantic Treaty Organisation'] },
  { name: 'Council of Europe', forms: [] },
  { name: 'International Criminal Court', forms: ['ICC'] },
  { name: 'International Court of Justice', forms: ['ICJ'] },
  { name: 'European Court of Human Rights', forms: ['ECtHR'] },
  { name: 'International Labour Organization', forms: ['ILO', 'International Labour Organisation'] },
  { name: 'International Committee of the Red Cross', forms: ['ICRC'] },
  // European Union
  { name: 'European Union', forms: ['EU', 'E.U.'] },
  { name: 'European Commission', forms: [] },
  { name: 'European Parliament', forms: [] },
  { name: 'Council of the European Union', forms: [] },
  { name: 'European Council', forms: [] },
  { name: 'Court of Justice of the European Union', forms: ['CJEU'] },
  { name: 'European External Action Service', forms: ['EEAS'] },
  // United States
  { name: 'Congress', forms: ['US Congress', 'U.S. Congress', 'United States Congress'] },
  { name: 'State Department', forms: ['US State Department', 'U.S. State Department', 'Department of State'] },
  { name: 'Justice Department', forms: ['Department of Justice', 'DOJ', 'US Department of Justice', 'U.S. Department of Justice'] },
  { name: 'Department of Homeland Security', forms: ['DHS'] },
  { name: 'Federal Bureau of Investigation', forms: ['FBI'] },
  { name: 'Central Intelligence Agency', forms: ['CIA'] },
  { name: 'National Security Agency', forms: ['NSA'] },
  { name: 'Internal Revenue Service', forms: ['IRS'] },
  { name: 'Government Accountability Office', forms: ['GAO', 'United States Government Accountability Office'] },
  { name: 'Congressional Budget Office', forms: ['CBO'] },
  { name: 'Republican Party', forms: ['GOP'] },
  { name: 'Democratic Party', forms: [] },
  { name: 'White House', forms: [] },
  { name: 'Supreme Court', forms: [] },
  { name: 'Massachusetts Institute of Technology', forms: ['MIT'] },
  // China
  { name: 'Chinese Communist Party', forms: ['CCP', 'Communist Party of China', 'CPC'] },
  { name: 'Ministry of Public Security', forms: ['MPS'] },
  // United Kingdom
  { name: 'Home Office', forms: [] },
  { name: 'Foreign, Commonwealth and Development Office', forms: ['FCDO'] },
  { name: 'House of Commons', forms: [] },
  { name: 'House of Lords', forms: [] },
  { name: 'Conservative Party', forms: [] },
  { name: 'Labour Party', forms: [] },
  // NGOs and networks
  { name: 'Amnesty International', forms: [] },
  { name: 'Human Rights Watch', forms: ['HRW'] },
  { name: 'Reporters Without Borders', forms: ['RSF', 'Reporters sans frontières'] },
  { name: 'Freedom House', forms: [] },
  { name: 'ARTICLE 19', forms: ['Article 19'] },
  { name: 'Front Line Defenders', forms: [] },
  { name: 'Committee to Protect Journalists', forms: ['CPJ'] },
  { name: 'International Federation for Human Rights', forms: ['FIDH'] },
  { name: 'Fair Trials', forms: [] },
  { name: 'Safeguard Defenders', forms: [] },
  { name: 'Oxfam', forms: ['Oxfam International'] },
  { name: 'Médecins Sans Frontières', forms: ['MSF', 'Doctors Without Borders'] },
  { name: 'Electronic Frontier Foundation', forms: ['EFF'] },
  { name: 'American Civil Liberties Union', forms: ['ACLU'] },
  { name: 'Access Now', forms: [] },
  { name: 'Privacy International', forms: [] },
  { name: 'Transparency International', forms: [] },
  { name: 'Greenpeace', forms: [] },
  { name: 'Avaaz', forms: [] },
  { name: 'Public Citizen', forms: [] },
  { name: 'Free Software Foundation', forms: ['FSF'] },
  { name: 'WikiLeaks', forms: ['Wikileaks'] },
  { name: 'World Uyghur Congress', forms: ['WUC'] },
  { name: 'Inter-Parliamentary Alliance on China', forms: ['IPAC'] },
  // companies
  { name: 'Facebook', forms: [], platform: true },
  { name: 'Twitter', forms: [], platform: true },
  { name: 'YouTube', forms: [], platform: true },
  { name: 'Instagram', forms: [], platform: true },
  { name: 'WhatsApp', forms: [], platform: true },
  { name: 'Telegram', forms: [], platform: true },
  { name: 'WeChat', forms: [], platform: true },
  { name: 'TikTok', forms: [], platform: true },
  { name: 'Google', forms: [] },
  { name: 'Microsoft', forms: [] },
  { name: 'Apple', forms: [] },
  { name: 'Amazon', forms: [] },
  { name: 'Visa', forms: [] },
  { name: 'Mastercard', forms: ['MasterCard'] },
  { name: 'PayPal', forms: ['Paypal'] },
  { name: 'Mozilla', forms: [] },
  // news outlets
  { name: 'New York Times', forms: ['The New York Times', 'NYT'] },
  { name: 'Washington Post', forms: ['The Washington Post'] },
  { name: 'Washington Examiner', forms: [] },
  { name: 'Wall Street Journal', forms: ['WSJ'] },
  { name: 'Financial Times', forms: [] },
  { name: 'The Guardian', forms: [] },
  { name: 'Reuters', forms: [] },
  { name: 'Associated Press', forms: [] },
  { name: 'Agence France-Presse', forms: ['AFP'] },
  { name: 'BBC', forms: ['British Broadcasting Corporation'] },
  { name: 'CNN', forms: [] },
  { name: 'Al Jazeera', forms: [] },
  { name: 'Radio Free Asia', forms: ['RFA'] },
  { name: 'South China Morning Post', forms: ['SCMP'] },
  { name: 'Computerworld', forms: [] },
];
