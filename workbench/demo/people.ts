import type { Random } from './random';

/**
 * The demo organisation's people: sellers (account executives) in teams with their supporting staff,
 * and customer accounts whose contacts each hold one customer role.
 */

export interface DemoPerson {
  /** Stable id, also the Graph user id. */
  readonly id: string;
  readonly displayName: string;
  /** UPN and mail address. */
  readonly email: string;
  /** Blueprint role id (`account-executive`, `sales-engineer`, ...) or `sales-operations` for the site owner. */
  readonly role: string;
  readonly jobTitle: string;
  readonly teamId?: string;
}

export interface DemoSeller extends DemoPerson {
  /** 0..1: how faithfully the seller follows the blueprint (probability scale of performing exchanges). */
  readonly discipline: number;
}

export interface DemoTeam {
  readonly id: string;
  readonly name: string;
  readonly sellerIds: readonly string[];
  readonly salesEngineerId: string;
  readonly customerSuccessId: string;
}

export interface DemoContact {
  readonly email: string;
  readonly displayName: string;
  /** Customer role id from the blueprint. */
  readonly role: string;
  readonly accountId: string;
}

export interface DemoAccount {
  readonly id: string;
  readonly name: string;
  readonly industry: string;
  readonly domain: string;
  readonly contacts: readonly DemoContact[];
}

const FIRST = ['Ada', 'Ben', 'Chloe', 'Daniel', 'Elif', 'Farid', 'Grace', 'Hugo', 'Ines', 'Jonas', 'Kenji', 'Lena', 'Mateo', 'Nora', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sven', 'Tara', 'Umar', 'Vera', 'Wen', 'Yusuf', 'Zoe'];
const LAST = ['Adams', 'Berg', 'Costa', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Hoffmann', 'Ito', 'Jansen', 'Kowalski', 'Larsen', 'Moreau', 'Novak', 'Okafor', 'Petrov', 'Rossi', 'Silva', 'Tanaka', 'Weber'];
const TEAMS = ['Nordics', 'DACH', 'Benelux', 'UK & Ireland', 'Southern Europe'];
const INDUSTRIES = ['Manufacturing', 'Retail', 'Banking', 'Insurance', 'Healthcare', 'Logistics', 'Energy', 'Public sector', 'Telecom', 'Pharma'];
const WORDS = ['Northwind', 'Fabrikam', 'Tailspin', 'Litware', 'Proseware', 'Adatum', 'Woodgrove', 'Contoso', 'Fourth Coffee', 'Alpine', 'Blue Yonder', 'Coho', 'Lucerne', 'Margie', 'Trey', 'Wingtip', 'Relecloud', 'Humongous', 'Wide World', 'Graphic'];
const SUFFIXES = ['Industries', 'Group', 'Holdings', 'Systems', 'Partners', 'Labs', 'Logistics', 'Health', 'Energy', 'Bank', 'Retail', 'Foods', 'Motors', 'Insurance', 'Pharma'];

export const INTERNAL_DOMAIN = 'contoso-sales.example';
export const CUSTOMER_ROLES = ['champion', 'economic-buyer', 'technical-evaluator', 'procurement', 'end-user-lead', 'security', 'finance-legal-counsel'] as const;

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Draws unique "First Last" names; the n-th repeat of a pair gets a middle initial. */
function nameDrawer(random: Random): () => { displayName: string; local: string } {
  const used = new Map<string, number>();
  return () => {
    const first = random.pick(FIRST);
    const last = random.pick(LAST);
    const key = `${first} ${last}`;
    const seen = used.get(key) ?? 0;
    used.set(key, seen + 1);
    const initial = seen === 0 ? '' : `${String.fromCharCode(64 + seen)}. `;
    return { displayName: `${first} ${initial}${last}`, local: `${first}.${seen === 0 ? '' : `${String.fromCharCode(96 + seen)}.`}${last}`.toLowerCase() };
  };
}

export interface DemoWorkforce {
  readonly siteOwner: DemoPerson;
  readonly teams: readonly DemoTeam[];
  readonly sellers: readonly DemoSeller[];
  /** Sales engineers, customer success managers, executive sponsors and legal counsel. */
  readonly staff: readonly DemoPerson[];
}

/**
 * 5 teams of 8 sellers, each team with a sales engineer and a customer success manager, plus 3
 * executive sponsors and 2 lawyers shared by all. Discipline: a team mean in [0.45, 0.85] plus
 * individual noise (sd 0.12), clamped to [0.2, 0.97], so some sellers follow the pattern far better.
 */
export function generateWorkforce(random: Random, sellersPerTeam: number = 8): DemoWorkforce {
  const drawName = nameDrawer(random);
  const person = (role: string, jobTitle: string, teamId?: string): DemoPerson => {
    const name = drawName();
    return { id: `user-${name.local.replace(/\./g, '-')}`, displayName: name.displayName, email: `${name.local}@${INTERNAL_DOMAIN}`, role, jobTitle, teamId };
  };
  const siteOwner = person('sales-operations', 'Head of Sales Operations');
  const teams: DemoTeam[] = [];
  const sellers: DemoSeller[] = [];
  const staff: DemoPerson[] = [];
  TEAMS.forEach((teamName, index) => {
    const teamId = `team-${slug(teamName)}`;
    const teamMean = 0.45 + (0.4 * index) / (TEAMS.length - 1);
    const members: string[] = [];
    for (let i = 0; i < sellersPerTeam; i++) {
      const seller = person('account-executive', 'Account Executive', teamId);
      const discipline = Math.min(0.97, Math.max(0.2, teamMean + 0.12 * random.normal()));
      sellers.push({ ...seller, discipline: Math.round(discipline * 1000) / 1000 });
      members.push(seller.id);
    }
    const engineer = person('sales-engineer', 'Sales Engineer', teamId);
    const success = person('customer-success', 'Customer Success Manager', teamId);
    staff.push(engineer, success);
    teams.push({ id: teamId, name: teamName, sellerIds: members, salesEngineerId: engineer.id, customerSuccessId: success.id });
  });
  for (let i = 0; i < 3; i++) staff.push(person('executive-sponsor', 'Vice President'));
  for (let i = 0; i < 2; i++) staff.push(person('legal', 'Legal Counsel'));
  return { siteOwner, teams, sellers, staff };
}

/** `count` accounts, each with one contact per customer role (so every contact holds a customer role). */
export function generateAccounts(random: Random, count: number): DemoAccount[] {
  const drawName = nameDrawer(random);
  const accounts: DemoAccount[] = [];
  const usedNames = new Set<string>();
  for (let i = 0; i < count; i++) {
    let name = `${random.pick(WORDS)} ${random.pick(SUFFIXES)}`;
    if (usedNames.has(name)) name = `${name} ${i + 1}`;
    usedNames.add(name);
    const id = `acct-${String(i + 1).padStart(3, '0')}`;
    const domain = `${slug(name)}.example`;
    const contacts = CUSTOMER_ROLES.map((role) => {
      const contact = drawName();
      return { email: `${contact.local}@${domain}`, displayName: contact.displayName, role, accountId: id };
    });
    accounts.push({ id, name, industry: random.pick(INDUSTRIES), domain, contacts });
  }
  return accounts;
}
