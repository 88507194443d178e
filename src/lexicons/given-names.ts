/**
 * Name words that are also ordinary English words, which compromise's lexicon
 * tags as nouns, verbs or adjectives ("Will", "Frank", "Robin", "Brown"), and
 * the short forms of given names ("Chuck" for Charles) that let a reader see
 * "Chuck Grassley" and "Charles E. Grassley" as one person. A given name in
 * `GIVEN_WORDS` opens a name only when a capitalised word follows it.
 */

/** Given names that are also common words. */
export const GIVEN_WORDS: ReadonlySet<string> = new Set([
  'Will', 'Chip', 'Ran', 'Robin', 'Frank', 'Daisy', 'Sandy', 'Max', 'Jay', 'Norm', 'Finn', 'Christian', 'Jan', 'Mark', 'Bill', 'Rose', 'Grace',
  'Hope', 'Faith', 'Joy', 'Dawn', 'April', 'June', 'Pat', 'Sue', 'Bob', 'Rob', 'Art', 'Guy', 'Jack', 'Drew', 'Lance', 'Dean', 'Earl', 'Gene',
  'Glen', 'Grant', 'Ray', 'Rich', 'Wade', 'Ward', 'Amber', 'Ruby', 'Holly', 'Ivy', 'Iris', 'Jade', 'Pearl', 'Violet', 'Heather', 'Summer',
  'Autumn', 'Crystal', 'Hunter', 'Chase', 'Mason', 'Carter', 'Cole', 'Miles', 'Rusty', 'Sonny', 'Penny', 'Bonnie', 'Candy', 'Cliff', 'Dale',
  'Don', 'Doug', 'Ed', 'Flora', 'Gale', 'Harry', 'Herb', 'Jerry', 'Jim', 'Kit', 'Lily', 'Lou', 'Luna', 'Matt', 'Nick', 'Olive', 'Pierce',
  'Reed', 'Rod', 'Russ', 'Sage', 'Scott', 'Skip', 'Stone', 'Sunny', 'Tad', 'Terry', 'Tim', 'Tom', 'Victor', 'Wendy', 'Win', 'Hannes', 'Nevin',
  'Gail', 'Randy', 'Jean',
]);

/** Surnames that are also common words. */
export const SURNAME_WORDS: ReadonlySet<string> = new Set([
  'Brown', 'Green', 'White', 'Black', 'Young', 'King', 'Hunt', 'Law', 'Hill', 'Wood', 'Woods', 'Rose', 'Bush', 'Price', 'Cook', 'Baker', 'Bell',
  'Stone', 'Marsh', 'Moore', 'Fox', 'Wolf', 'Lamb', 'Lord', 'Bird', 'Swift', 'Sharp', 'Short', 'Long', 'Little', 'Small', 'Rich', 'Strong',
  'Wise', 'Golden', 'Church', 'Hall', 'Field', 'Fields', 'Banks', 'Burns', 'Mills', 'Rivers', 'Waters', 'Walker', 'Turner',
  'Porter', 'Carpenter', 'Mason', 'Fisher', 'Hunter', 'Dicks', 'Collier', 'Marble', 'Touzet', 'Lai', 'Mertz', 'Wright', 'Barber', 'Mola',
]);

/** Short and familiar forms of given names → the formal forms they stand for. */
export const HYPOCORISMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['chuck', ['charles']], ['charlie', ['charles']], ['bill', ['william']], ['will', ['william']], ['billy', ['william']], ['bob', ['robert']],
  ['rob', ['robert']], ['bobby', ['robert']], ['dick', ['richard']], ['rick', ['richard']], ['rich', ['richard']], ['mike', ['michael']],
  ['mick', ['michael']], ['jim', ['james']], ['jimmy', ['james']], ['tom', ['thomas']], ['tony', ['anthony', 'antony']], ['joe', ['joseph']],
  ['dave', ['david']], ['steve', ['steven', 'stephen']], ['ted', ['edward', 'theodore']], ['ed', ['edward']], ['ben', ['benjamin']],
  ['dan', ['daniel']], ['danny', ['daniel']], ['matt', ['matthew']], ['chris', ['christopher', 'christine', 'christina']], ['nick', ['nicholas']],
  ['alex', ['alexander', 'alexandra']], ['andy', ['andrew']], ['drew', ['andrew']], ['pat', ['patrick', 'patricia']], ['liz', ['elizabeth']],
  ['beth', ['elizabeth']], ['kate', ['katherine', 'catherine']], ['kathy', ['katherine', 'kathleen']], ['sue', ['susan']], ['jenny', ['jennifer']],
  ['maggie', ['margaret']], ['peggy', ['margaret']], ['meg', ['margaret']], ['sam', ['samuel', 'samantha']], ['greg', ['gregory']],
  ['jeff', ['jeffrey']], ['jon', ['jonathan']], ['larry', ['lawrence']], ['jerry', ['gerald', 'jerome']], ['terry', ['terence']],
  ['tim', ['timothy']], ['frank', ['francis', 'franklin']], ['hank', ['henry']], ['harry', ['henry', 'harold']], ['jack', ['john']],
  ['johnny', ['john']], ['ron', ['ronald']], ['don', ['donald']], ['doug', ['douglas']], ['ken', ['kenneth']], ['fred', ['frederick']],
  ['al', ['albert', 'alan', 'alfred']], ['vic', ['victor']], ['phil', ['philip', 'phillip']], ['ray', ['raymond']], ['russ', ['russell']],
  ['norm', ['norman']], ['max', ['maximilian', 'maxwell']], ['sandy', ['sandra', 'alexander']], ['nate', ['nathan', 'nathaniel']],
]);
