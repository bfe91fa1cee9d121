/**
 * Strings of the dashboard's coaching views (manager's per-seller funnel health, the deals that need
 * attention, a seller's self-diagnosis, who else to engage), in en-US and de-DE. Kept apart from
 * ./dashboard.ts so the two change without edit collisions.
 */

export interface CoachingStrings {
  readonly coachingHeading: string;
  readonly coachingDescription: (sellers: number) => string;
  readonly teamFilter: string;
  readonly allTeams: string;
  readonly seller: string;
  readonly team: string;
  readonly winRate: string;
  readonly wonOfClosed: (won: number, closed: number) => string;
  /** A stage cell: the seller's conversion against the benchmark's, and her median days there. */
  readonly stageCell: (conversion: string, best: string, days: string) => string;
  readonly stuck: string;
  readonly pipeline: string;
  readonly coverage: string;
  readonly noQuota: string;
  readonly leak: string;
  readonly notAvailable: string;
  readonly attentionHeading: string;
  readonly attentionDescription: string;
  readonly attentionNone: string;
  readonly overdue: (deliverables: string) => string;
  readonly stuckReason: (stage: string, days: string, median: string) => string;
  readonly rolesReason: (roles: string) => string;
  readonly lowScore: (percent: string) => string;
  readonly nextAction: string;
  readonly makeExchange: (deliverable: string, from: string, to: string) => string;
  readonly engageRole: (role: string) => string;
  readonly agreeNextStep: (stage: string) => string;
  readonly reviewDeal: string;
  readonly openDeal: (name: string) => string;
  readonly selfHeading: string;
  readonly selfLeak: (stage: string, mine: string, best: string) => string;
  readonly selfNoLeak: string;
  readonly behavioursHeading: string;
  readonly behavioursDescription: (deals: number, bestDeals: number) => string;
  readonly behaviourGap: (deliverable: string, mine: string, best: string) => string;
  readonly behavioursNone: string;
  readonly affectedDeals: string;
  readonly engageHeading: string;
  readonly engageDescription: string;
  readonly unmappedPeople: string;
  readonly unmappedNone: string;
  readonly seenIn: (count: number) => string;
  readonly suggestedRole: string;
  readonly mapTo: (person: string, role: string) => string;
  readonly mapped: (person: string, role: string) => string;
  readonly mapFailed: string;
  readonly uncoveredRoles: string;
  readonly uncoveredNone: string;
}

const en = (count: number, one: string, other: string): string => (count === 1 ? one : other);

const enUs: CoachingStrings = {
  coachingHeading: 'Coaching: each seller against the best',
  coachingDescription: (n) => `${n} ${en(n, 'seller', 'sellers')}. Each stage shows the seller's conversion against the benchmark's, and her median days in the stage. Stuck: open deals longer in their stage than the team's median stay there.`,
  teamFilter: 'Team',
  allTeams: 'All teams',
  seller: 'Seller',
  team: 'Team',
  winRate: 'Win rate',
  wonOfClosed: (w, c) => `${w} of ${c}`,
  stageCell: (c, b, d) => `${c} vs ${b} · ${d} d`,
  stuck: 'Stuck',
  pipeline: 'Open pipeline',
  coverage: 'Coverage',
  noQuota: 'no quota',
  leak: 'Biggest leak',
  notAvailable: 'n/a',
  attentionHeading: 'Deals that need you most this week',
  attentionDescription: 'Open deals ranked by the number of reasons, then by the value at risk. Each has one next action.',
  attentionNone: 'No open deal needs attention.',
  overdue: (d) => `Missing: ${d}`,
  stuckReason: (s, d, m) => `${d} days in ${s} (team median ${m})`,
  rolesReason: (r) => `Roles not engaged: ${r}`,
  lowScore: (p) => `Win probability ${p}`,
  nextAction: 'Next',
  makeExchange: (d, f, t) => `${d} (${f} → ${t})`,
  engageRole: (r) => `Engage a ${r}`,
  agreeNextStep: (s) => `Agree the next step to leave ${s}`,
  reviewDeal: 'Review the deal with its owner',
  openDeal: (n) => `Open details of ${n}`,
  selfHeading: 'My funnel against the best',
  selfLeak: (s, m, b) => `My biggest leak: ${s} (${m} against ${b})`,
  selfNoLeak: 'No stage of mine converts below the benchmark.',
  behavioursHeading: 'Where I differ most from the top performers',
  behavioursDescription: (n, b) => `Required exchanges missing on my ${n} analysed ${en(n, 'deal', 'deals')}, against the top performers' ${b}.`,
  behaviourGap: (d, m, b) => `${d}: missing on ${m} of my deals, ${b} of theirs`,
  behavioursNone: 'No exchange is missing more often on my deals than on the top performers\'.',
  affectedDeals: 'Open deals it affects',
  engageHeading: 'Who else to engage',
  engageDescription: 'Customer-side people in this deal\'s meetings and mail who hold no role at the account yet, and the blueprint\'s customer roles nobody covers there.',
  unmappedPeople: 'People seen but not mapped',
  unmappedNone: 'Everyone seen on the customer side holds a role.',
  seenIn: (n) => `in ${n} ${en(n, 'interaction', 'interactions')}`,
  suggestedRole: 'Role',
  mapTo: (p, r) => `Map ${p} as ${r}`,
  mapped: (p, r) => `${p} is now mapped as ${r}.`,
  mapFailed: 'The person could not be mapped',
  uncoveredRoles: 'Roles nobody covers at this account',
  uncoveredNone: 'Every customer role of the blueprint is covered.'
};

const de = en;

const deDe: CoachingStrings = {
  coachingHeading: 'Coaching: jede Verkäuferin, jeder Verkäufer gegen die Besten',
  coachingDescription: (n) => `${n} ${de(n, 'Verkäufer', 'Verkäufer')}. Jede Phase zeigt die Konversion gegen die des Benchmarks und die mittlere Verweildauer in Tagen. Festgefahren: offene Chancen, die länger in ihrer Phase sind als der Median des Teams.`,
  teamFilter: 'Team',
  allTeams: 'Alle Teams',
  seller: 'Verkäufer',
  team: 'Team',
  winRate: 'Gewinnquote',
  wonOfClosed: (w, c) => `${w} von ${c}`,
  stageCell: (c, b, d) => `${c} gegen ${b} · ${d} T`,
  stuck: 'Festgefahren',
  pipeline: 'Offene Pipeline',
  coverage: 'Abdeckung',
  noQuota: 'keine Quote',
  leak: 'Größtes Leck',
  notAvailable: 'k. A.',
  attentionHeading: 'Chancen, die Sie diese Woche am meisten brauchen',
  attentionDescription: 'Offene Chancen nach Zahl der Gründe, dann nach gefährdetem Wert. Jede mit genau einem nächsten Schritt.',
  attentionNone: 'Keine offene Chance braucht Aufmerksamkeit.',
  overdue: (d) => `Fehlt: ${d}`,
  stuckReason: (s, d, m) => `${d} Tage in ${s} (Median des Teams ${m})`,
  rolesReason: (r) => `Nicht eingebundene Rollen: ${r}`,
  lowScore: (p) => `Gewinnwahrscheinlichkeit ${p}`,
  nextAction: 'Nächster Schritt',
  makeExchange: (d, f, t) => `${d} (${f} → ${t})`,
  engageRole: (r) => `Rolle einbinden: ${r}`,
  agreeNextStep: (s) => `Nächsten Schritt vereinbaren, um ${s} zu verlassen`,
  reviewDeal: 'Die Chance mit ihrem Verantwortlichen durchgehen',
  openDeal: (n) => `Details von ${n} öffnen`,
  selfHeading: 'Mein Trichter gegen die Besten',
  selfLeak: (s, m, b) => `Mein größtes Leck: ${s} (${m} gegen ${b})`,
  selfNoLeak: 'Keine meiner Phasen konvertiert schlechter als der Benchmark.',
  behavioursHeading: 'Wo ich mich am meisten von den Besten unterscheide',
  behavioursDescription: (n, b) => `Fehlende Pflichtaustausche in meinen ${n} analysierten ${de(n, 'Chance', 'Chancen')}, gegen ${b} der Besten.`,
  behaviourGap: (d, m, b) => `${d}: fehlt bei ${m} meiner Chancen, bei ${b} ihrer`,
  behavioursNone: 'Kein Austausch fehlt bei mir öfter als bei den Besten.',
  affectedDeals: 'Betroffene offene Chancen',
  engageHeading: 'Wen noch einbinden',
  engageDescription: 'Personen der Kundenseite aus Besprechungen und E-Mails dieser Chance, die beim Kunden noch keine Rolle haben, und Kundenrollen des Blueprints, die dort niemand abdeckt.',
  unmappedPeople: 'Gesehen, aber nicht zugeordnet',
  unmappedNone: 'Alle Personen der Kundenseite haben eine Rolle.',
  seenIn: (n) => `in ${n} ${de(n, 'Interaktion', 'Interaktionen')}`,
  suggestedRole: 'Rolle',
  mapTo: (p, r) => `${p} als ${r} zuordnen`,
  mapped: (p, r) => `${p} ist jetzt als ${r} zugeordnet.`,
  mapFailed: 'Die Person konnte nicht zugeordnet werden',
  uncoveredRoles: 'Rollen, die beim Kunden niemand abdeckt',
  uncoveredNone: 'Jede Kundenrolle des Blueprints ist abgedeckt.'
};

export function coachingStringsFor(locale: string): CoachingStrings {
  return locale.toLowerCase().startsWith('de') ? deDe : enUs;
}
