import { graphql } from '../../gql';

/** The person as the RA needs them to refer: reference, pathway and immediate needs (summary only). */
export const ReferralPersonQuery = graphql(`
  query ReferralPerson($id: ID!) {
    person(id: $id) {
      id
      reference
      summary {
        isChild
        presumedChild
        needs
      }
    }
  }
`);

export const ProviderMatchesQuery = graphql(`
  query ProviderMatches($personId: ID!, $needs: [String!]) {
    providerMatches(personId: $personId, needs: $needs) {
      eligible
      reasons
      exclusions {
        code
        message
      }
      overCapacityPossible
      rank
      score
      regionMatch
      servicesMatched
      servicesMissing
      provider {
        id
        agencyId
        name
        region
        placesTotal
        placesFree
        serves
        services
      }
    }
  }
`);

export const CreateReferralMutation = graphql(`
  mutation CreateReferral($input: CreateReferralInput!) {
    createReferral(input: $input) {
      id
      status
    }
  }
`);

export const ReferralsQuery = graphql(`
  query Referrals($first: Int!, $after: String, $filter: ReferralFilter) {
    referrals(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          id
          reference
          status
          urgent
          createdAt
          respondedAt
          provider {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ReferralQuery = graphql(`
  query Referral($id: ID!) {
    referral(id: $id) {
      id
      reference
      status
      urgent
      createdAt
      respondedAt
      declineReason
      caseId
      consentWithdrawn
      consentWithdrawnAt
      transferFromReferralId
      withdrawnAt
      withdrawalReason
      closedAt
      optionsOffered
      placedOverCapacity
      overCapacityAgreement {
        reference
        agreedWith
      }
      provider {
        id
        name
        region
      }
      person {
        id
      }
    }
  }
`);

export const WithdrawReferralMutation = graphql(`
  mutation WithdrawReferral($input: WithdrawReferralInput!) {
    withdrawReferral(input: $input) {
      id
      status
      withdrawnAt
      withdrawalReason
    }
  }
`);

export const FormalIdentificationsQuery = graphql(`
  query FormalIdentifications($personId: ID!) {
    formalIdentifications(personId: $personId) {
      id
      status
      requestedAt
      dueAt
      statementOfWillingness
      convenedAt
      scheduledAt
      outcome
      concludedAt
    }
  }
`);

export const RequestFormalIdentificationMutation = graphql(`
  mutation RequestFormalIdentification($input: RequestFormalIdentificationInput!) {
    requestFormalIdentification(input: $input) {
      id
      status
      requestedAt
      dueAt
      statementOfWillingness
      convenedAt
      scheduledAt
      outcome
      concludedAt
    }
  }
`);
