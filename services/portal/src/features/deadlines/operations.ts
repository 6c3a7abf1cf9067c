import { graphql } from '../../gql';

/** One page of the caller's deadlines (the RA: every agency's, or one agency's), soonest due first. */
export const DeadlinesQuery = graphql(`
  query Deadlines($first: Int!, $after: String, $filter: DeadlineFilter) {
    deadlines(first: $first, after: $after, filter: $filter) {
      edges {
        node {
          id
          kind
          subjectRef
          subjectId
          ownerAgencyId
          dueAt
          state
          closedAt
          escalatedAt
          metBy
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/**
 * The RA's clocks in one state (the inbox asks for OPEN and for ESCALATED, the ones still to acknowledge), matched to
 * the inbox's rows on the client: the API filters by one person at a time only, so these two reads serve every row.
 * One state per request: two pages of 100 in one operation would pass the gateway's complexity limit.
 */
export const InboxClocksQuery = graphql(`
  query InboxClocks($agencyId: String, $state: DeadlineState!) {
    deadlines(first: 100, filter: { state: $state, agencyId: $agencyId }) {
      edges {
        node {
          id
          kind
          subjectId
          dueAt
          state
          closedAt
          metBy
        }
      }
    }
  }
`);

/** Who acknowledged each new identification, from the RA's notifications of them. */
export const InboxAcknowledgementsQuery = graphql(`
  query InboxAcknowledgements {
    myNotifications(first: 200) {
      id
      kind
      subjectId
      dueAt
      acknowledgedBy
      acknowledgedAt
    }
  }
`);

export const AcknowledgeIdentificationMutation = graphql(`
  mutation AcknowledgeIdentification($identificationId: ID!) {
    acknowledgeIdentification(identificationId: $identificationId) {
      id
      kind
      subjectRef
      subjectId
      dueAt
      state
      closedAt
      metBy
    }
  }
`);

/** The agencies by name, for the RA's filter and the owner column. */
export const DeadlineAgenciesQuery = graphql(`
  query DeadlineAgencies($locale: String!) {
    agencies(locale: $locale) {
      id
      name
    }
  }
`);

/** The person an NRM reference names (RA only), to open their page from a deadline. */
export const DeadlinePersonQuery = graphql(`
  query DeadlinePerson($reference: String!) {
    personByReference(reference: $reference) {
      id
    }
  }
`);
