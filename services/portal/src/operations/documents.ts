import { graphql } from '../gql';

export const IndicatorCatalogQuery = graphql(`
  query IndicatorCatalog($locale: String!) {
    indicatorCatalog(locale: $locale) {
      code
      group
      appliesTo
      label
    }
    regions(locale: $locale) {
      code
      label
    }
  }
`);

export const SubmitIdentificationMutation = graphql(`
  mutation SubmitInitialIdentification($input: SubmitInitialIdentificationInput!) {
    submitInitialIdentification(input: $input) {
      id
      status
      submittedAt
      screening {
        meetsThreshold
        missingGroups
      }
      person {
        id
        reference
      }
    }
  }
`);

export const InboxQuery = graphql(`
  query Inbox($first: Int!, $after: String) {
    initialIdentifications(first: $first, after: $after) {
      edges {
        node {
          id
          status
          submittedAt
          region
          venue
          screening {
            meetsThreshold
            missingGroups
          }
          person {
            id
            reference
            summary {
              isChild
              identificationStatus
            }
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

export const PersonQuery = graphql(`
  query PersonPage($id: ID!) {
    person(id: $id) {
      id
      reference
      summary {
        isChild
        ageBand
        sex
        identificationStatus
        needs
        riskLevel
      }
      identity {
        __typename
      }
      contactLocation {
        __typename
      }
      traffickingExperience {
        __typename
      }
      health {
        __typename
      }
      psychosocial {
        __typename
      }
      legal {
        __typename
      }
      family {
        __typename
      }
      educationEmployment {
        __typename
      }
      security {
        __typename
      }
      accommodation {
        __typename
      }
    }
  }
`);

export const NotificationsQuery = graphql(`
  query MyNotifications($first: Int!) {
    myNotifications(first: $first) {
      id
      kind
      subjectRef
      subjectId
      createdAt
      readAt
      dueAt
      deadlineKind
      acknowledgedBy
      acknowledgedAt
    }
  }
`);

export const MarkNotificationReadMutation = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      readAt
    }
  }
`);

export const SaveIdentificationDraftMutation = graphql(`
  mutation SaveIdentificationDraft($input: SaveIdentificationDraftInput!) {
    saveIdentificationDraft(input: $input) {
      id
      clientRequestId
      updatedAt
      expiresAt
    }
  }
`);

export const MyIdentificationDraftsQuery = graphql(`
  query MyIdentificationDrafts {
    myIdentificationDrafts {
      id
      clientRequestId
      payload
      createdAt
      updatedAt
      expiresAt
    }
  }
`);

export const IdentificationDraftQuery = graphql(`
  query IdentificationDraft($id: ID!) {
    identificationDraft(id: $id) {
      id
      clientRequestId
      payload
      updatedAt
    }
  }
`);

export const DiscardIdentificationDraftMutation = graphql(`
  mutation DiscardIdentificationDraft($id: ID!) {
    discardIdentificationDraft(id: $id)
  }
`);
