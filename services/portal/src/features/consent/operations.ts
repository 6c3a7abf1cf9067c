import { graphql } from '../../gql';

/** The consent and rights page's operations (docs/api.md, "The person's rights" and the consent ledger). */

export const ConsentPersonQuery = graphql(`
  query ConsentPerson($id: ID!, $locale: String!) {
    person(id: $id) {
      id
      reference
      erasedAt
      summary {
        isChild
      }
    }
    agencies(locale: $locale) {
      id
      name
      type
    }
  }
`);

export const ConsentGrantsQuery = graphql(`
  query ConsentGrants($personId: ID!) {
    consentGrants(personId: $personId) {
      id
      personId
      granteeAgencyId
      granteeAgencyType
      purpose
      categories
      givenBy
      recordedAt
      expiresAt
      withdrawnAt
      active
      evidenceReference
      flaggedForReview
      reviewedAt
      reviewOutcome
    }
  }
`);

export const ConsentGrantsForReviewQuery = graphql(`
  query ConsentGrantsForReview($personId: ID!) {
    consentGrantsForReview(filter: { personId: $personId, pendingReviewOnly: true }) {
      id
    }
  }
`);

export const GrantConsentMutation = graphql(`
  mutation GrantConsent($input: GrantConsentInput!) {
    grantConsent(input: $input) {
      id
    }
  }
`);

export const WithdrawConsentMutation = graphql(`
  mutation WithdrawConsent($id: ID!, $reason: String) {
    withdrawConsent(id: $id, reason: $reason) {
      id
      withdrawnAt
      active
    }
  }
`);

export const ReviewConsentGrantMutation = graphql(`
  mutation ReviewConsentGrant($id: ID!, $outcome: ReviewOutcome!, $note: String) {
    reviewConsentGrant(id: $id, outcome: $outcome, note: $note) {
      id
      reviewedAt
      reviewOutcome
    }
  }
`);

export const LegalBasisOverridesQuery = graphql(`
  query LegalBasisOverrides($personId: ID!) {
    legalBasisOverrides(filter: { personId: $personId }) {
      id
      granteeAgencyId
      categories
      reason
      grantedAt
      expiresAt
      reviewedAt
      reviewOutcome
      reviewNote
    }
  }
`);

export const GrantLegalBasisOverrideMutation = graphql(`
  mutation GrantLegalBasisOverride($input: GrantLegalBasisOverrideInput!) {
    grantLegalBasisOverride(input: $input) {
      id
    }
  }
`);

export const ReviewLegalBasisOverrideMutation = graphql(`
  mutation ReviewLegalBasisOverride($id: ID!, $outcome: ReviewOutcome!, $note: String) {
    reviewLegalBasisOverride(id: $id, outcome: $outcome, note: $note) {
      id
      reviewedAt
      reviewOutcome
    }
  }
`);

export const LegalHoldsQuery = graphql(`
  query LegalHolds($personId: ID!, $locale: String!) {
    legalHolds(personId: $personId) {
      id
      reasonCode
      setAt
      releasedAt
    }
    legalHoldReasonCodes(locale: $locale) {
      code
      label
    }
  }
`);

export const SetLegalHoldMutation = graphql(`
  mutation SetLegalHold($personId: ID!, $reasonCode: String!) {
    setLegalHold(personId: $personId, reasonCode: $reasonCode) {
      id
    }
  }
`);

export const ReleaseLegalHoldMutation = graphql(`
  mutation ReleaseLegalHold($personId: ID!) {
    releaseLegalHold(personId: $personId) {
      id
    }
  }
`);

export const RecordSubjectAccessRequestMutation = graphql(`
  mutation RecordSubjectAccessRequest($input: RecordSubjectAccessRequestInput!) {
    recordSubjectAccessRequest(input: $input) {
      id
      requestReference
      language
    }
  }
`);

export const ExportPersonDataQuery = graphql(`
  query ExportPersonData($personId: ID!, $requestReference: String!) {
    exportPersonData(personId: $personId, requestReference: $requestReference) {
      personId
      reference
      requestReference
      generatedAt
      document
      rendering {
        language
        mediaType
        content
      }
    }
  }
`);

export const ErasePersonDataMutation = graphql(`
  mutation ErasePersonData($personId: ID!, $requestReference: String!) {
    erasePersonData(personId: $personId, requestReference: $requestReference) {
      personId
      erasedAt
      consentsWithdrawn
      erasedNow
    }
  }
`);
