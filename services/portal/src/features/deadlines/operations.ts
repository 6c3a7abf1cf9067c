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
 * The RA's clocks still running (open, and escalated ones that were missed), matched to the inbox's rows on the client:
 * the API filters by one person at a time only, so one read of the running ones serves every row of the inbox.
 */
export const InboxClocksQuery = graphql(`
  query InboxClocks($agencyId: String) {
    open: deadlines(first: 100, filter: { state: OPEN, agencyId: $agencyId }) {
      edges {
        node {
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
    }
    escalated: deadlines(first: 100, filter: { state: ESCALATED, agencyId: $agencyId }) {
      edges {
        node {
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
