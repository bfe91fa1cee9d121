import type { GraphSeed, GraphUser, SeedEvent, SeedMessage, SeedPlannerTask } from '../server/graph/types';
import type { DemoOrganisation } from './index';
import { demoBaseOf, demoGraphIds } from './graphIds';
import type { DemoPerson } from './people';

/**
 * Turns the demo organisation into the Graph emulator's seed: internal people as users, and the
 * interactions recorded by Graph sources as calendar events (`graph:calendar`), mail metadata
 * (`graph:mail`, no bodies) and completed Planner tasks (`graph:planner`). The stable ids a sync
 * keys on (iCalUId, internetMessageId, task id) are those of the interaction's source key
 * (./graphIds.ts), so syncing the seeded mailboxes re-finds the seeded interactions instead of
 * doubling them. Subjects carry the seller's `[OPP-xxxxx]` CRM tag, which recognition reads first.
 */

const HOUR = 60 * 60 * 1000;

function iso(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function graphDateTime(epochMs: number): { dateTime: string; timeZone: string } {
  return { dateTime: `${new Date(epochMs).toISOString().slice(0, 19)}.0000000`, timeZone: 'UTC' };
}

/** Builds the seed; plain data, deterministic for a given organisation. */
export function toGraphSeed(org: DemoOrganisation): GraphSeed {
  const internal: DemoPerson[] = [org.siteOwner, ...org.sellers, ...org.staff];
  const people = new Map<string, { displayName: string; id?: string; teamId?: string }>(internal.map((person) => [person.email, person]));
  for (const account of org.accounts) for (const contact of account.contacts) people.set(contact.email, { displayName: contact.displayName });
  const teamNames = new Map(org.teams.map((team) => [team.id, team.name]));
  const users: GraphUser[] = internal.map((person) => ({
    id: person.id,
    displayName: person.displayName,
    userPrincipalName: person.email,
    mail: person.email,
    jobTitle: person.jobTitle,
    department: person.teamId === undefined ? 'Sales Operations' : `Sales ${teamNames.get(person.teamId) ?? ''}`.trim()
  }));
  const deliverables = new Map(org.blueprint.transactions.map((transaction) => [transaction.id, transaction.deliverable]));
  const address = (email: string): { emailAddress: { name: string; address: string } } => ({ emailAddress: { name: people.get(email)?.displayName ?? email, address: email } });

  const sellerOf = new Map(org.opportunities.map((opportunity) => [opportunity.id, opportunity.owner]));

  const events: SeedEvent[] = [];
  const messages: SeedMessage[] = [];
  const plannerTasks: SeedPlannerTask[] = [];
  for (const interaction of org.interactions) {
    if (!interaction.source.startsWith('graph:')) continue;
    const from = interaction.fromParticipant ?? '';
    const to = interaction.toParticipant ?? '';
    const ownerEmail = people.get(from)?.id !== undefined ? from : to;
    const owner = people.get(ownerEmail);
    const base = demoBaseOf(interaction.sourceKey);
    if (owner?.id === undefined || base === undefined) continue;
    const ids = demoGraphIds(base, from);
    const subject = `[${interaction.opportunityId}] ${deliverables.get(interaction.activity) ?? interaction.activity}`;
    // The deal's account executive is invited to the sales engineer's workshops and the success
    // manager's kickoff, and copied on the security questionnaire: the copy in the seller's own
    // calendar or inbox is what a sync of the sellers' mailboxes reads.
    const seller = sellerOf.get(interaction.opportunityId);
    const sellerId = seller === undefined ? undefined : people.get(seller)?.id;
    const copiedSeller = seller !== undefined && sellerId !== undefined && seller !== from && seller !== to ? { email: seller, id: sellerId } : undefined;
    if (interaction.source === 'graph:calendar') {
      const attendee = (email: string, type: string): Record<string, unknown> => ({ type, status: { response: 'accepted', time: iso(interaction.timestamp - HOUR) }, ...address(email) });
      const resource = {
        iCalUId: ids.iCalUId,
        subject,
        start: graphDateTime(interaction.timestamp),
        end: graphDateTime(interaction.timestamp + HOUR),
        isOnlineMeeting: true,
        organizer: address(from),
        attendees: [attendee(to, 'required'), ...(copiedSeller !== undefined ? [attendee(copiedSeller.email, 'optional')] : [])]
      };
      events.push({ ownerId: owner.id, resource: { id: ids.eventId, ...resource } });
      if (copiedSeller !== undefined) events.push({ ownerId: copiedSeller.id, resource: { id: `${ids.eventId}.${copiedSeller.id}`, ...resource } });
    } else if (interaction.source === 'graph:mail') {
      const resource = {
        internetMessageId: ids.internetMessageId,
        subject,
        conversationId: `conv-${interaction.opportunityId}`,
        sentDateTime: iso(interaction.timestamp),
        receivedDateTime: iso(interaction.timestamp + 60 * 1000),
        hasAttachments: false,
        isRead: true,
        from: address(from),
        toRecipients: [address(to)],
        ccRecipients: copiedSeller !== undefined ? [address(copiedSeller.email)] : []
      };
      messages.push({ ownerId: owner.id, folder: ownerEmail === from ? 'sentitems' : 'inbox', resource: { id: ids.messageId, ...resource } });
      if (copiedSeller !== undefined) messages.push({ ownerId: copiedSeller.id, folder: 'inbox', resource: { id: `${ids.messageId}.${copiedSeller.id}`, ...resource } });
    } else if (interaction.source === 'graph:planner') {
      plannerTasks.push({
        id: ids.taskId,
        planId: `plan-${owner.teamId ?? 'operations'}`,
        title: subject,
        createdDateTime: iso(interaction.timestamp - 2 * 24 * HOUR),
        dueDateTime: iso(interaction.timestamp),
        completedDateTime: iso(interaction.timestamp),
        percentComplete: 100,
        assignments: { [owner.id]: { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' } }
      });
    }
  }
  return { users, defaultUserUpn: org.siteOwner.email, events, messages, plannerTasks };
}
