import { graphql } from '../../gql';

/** One page of a person's merged audit trail, newest first (at most 80 a page: the gateway's complexity limit). */
export const AuditEntriesQuery = graphql(`
  query AuditEntries($personId: ID!, $first: Int!, $after: String, $filter: AuditTrailFilter) {
    auditEntries(personId: $personId, first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          id
          service
          at
          actorUsername
          actorAgencyId
          actorRole
          categories
          action
          basis
          decision
          reason
          purpose
          granteeAgencyId
          granteeAgencyType
          flaggedForReview
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const VerifyAuditTrailQuery = graphql(`
  query VerifyAuditTrail {
    verifyAuditTrail {
      ok
      entriesChecked
      firstBrokenAt
      chains {
        service
        ok
        entriesChecked
        firstBrokenAt
        headHash
      }
    }
  }
`);

export const AuditAgenciesQuery = graphql(`
  query AuditAgencies($locale: String!) {
    agencies(locale: $locale) {
      id
      name
    }
  }
`);
