/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ConsentPerson($id: ID!, $locale: String!) {\n    person(id: $id) {\n      id\n      reference\n      erasedAt\n      summary {\n        isChild\n      }\n    }\n    agencies(locale: $locale) {\n      id\n      name\n      type\n    }\n  }\n": typeof types.ConsentPersonDocument,
    "\n  query ConsentGrants($personId: ID!) {\n    consentGrants(personId: $personId) {\n      id\n      personId\n      granteeAgencyId\n      granteeAgencyType\n      purpose\n      categories\n      givenBy\n      recordedAt\n      expiresAt\n      withdrawnAt\n      active\n      evidenceReference\n      flaggedForReview\n      reviewedAt\n      reviewOutcome\n    }\n  }\n": typeof types.ConsentGrantsDocument,
    "\n  query ConsentGrantsForReview($personId: ID!) {\n    consentGrantsForReview(filter: { personId: $personId, pendingReviewOnly: true }) {\n      id\n    }\n  }\n": typeof types.ConsentGrantsForReviewDocument,
    "\n  mutation GrantConsent($input: GrantConsentInput!) {\n    grantConsent(input: $input) {\n      id\n    }\n  }\n": typeof types.GrantConsentDocument,
    "\n  mutation WithdrawConsent($id: ID!, $reason: String) {\n    withdrawConsent(id: $id, reason: $reason) {\n      id\n      withdrawnAt\n      active\n    }\n  }\n": typeof types.WithdrawConsentDocument,
    "\n  mutation ReviewConsentGrant($id: ID!, $outcome: ReviewOutcome!, $note: String) {\n    reviewConsentGrant(id: $id, outcome: $outcome, note: $note) {\n      id\n      reviewedAt\n      reviewOutcome\n    }\n  }\n": typeof types.ReviewConsentGrantDocument,
    "\n  query LegalBasisOverrides($personId: ID!) {\n    legalBasisOverrides(filter: { personId: $personId }) {\n      id\n      granteeAgencyId\n      categories\n      reason\n      grantedAt\n      expiresAt\n      reviewedAt\n      reviewOutcome\n      reviewNote\n    }\n  }\n": typeof types.LegalBasisOverridesDocument,
    "\n  mutation GrantLegalBasisOverride($input: GrantLegalBasisOverrideInput!) {\n    grantLegalBasisOverride(input: $input) {\n      id\n    }\n  }\n": typeof types.GrantLegalBasisOverrideDocument,
    "\n  mutation ReviewLegalBasisOverride($id: ID!, $outcome: ReviewOutcome!, $note: String) {\n    reviewLegalBasisOverride(id: $id, outcome: $outcome, note: $note) {\n      id\n      reviewedAt\n      reviewOutcome\n    }\n  }\n": typeof types.ReviewLegalBasisOverrideDocument,
    "\n  query LegalHolds($personId: ID!, $locale: String!) {\n    legalHolds(personId: $personId) {\n      id\n      reasonCode\n      setAt\n      releasedAt\n    }\n    legalHoldReasonCodes(locale: $locale) {\n      code\n      label\n    }\n  }\n": typeof types.LegalHoldsDocument,
    "\n  mutation SetLegalHold($personId: ID!, $reasonCode: String!) {\n    setLegalHold(personId: $personId, reasonCode: $reasonCode) {\n      id\n    }\n  }\n": typeof types.SetLegalHoldDocument,
    "\n  mutation ReleaseLegalHold($personId: ID!) {\n    releaseLegalHold(personId: $personId) {\n      id\n    }\n  }\n": typeof types.ReleaseLegalHoldDocument,
    "\n  mutation RecordSubjectAccessRequest($input: RecordSubjectAccessRequestInput!) {\n    recordSubjectAccessRequest(input: $input) {\n      id\n      requestReference\n      language\n    }\n  }\n": typeof types.RecordSubjectAccessRequestDocument,
    "\n  query ExportPersonData($personId: ID!, $requestReference: String!) {\n    exportPersonData(personId: $personId, requestReference: $requestReference) {\n      personId\n      reference\n      requestReference\n      generatedAt\n      document\n      rendering {\n        language\n        mediaType\n        content\n      }\n    }\n  }\n": typeof types.ExportPersonDataDocument,
    "\n  mutation ErasePersonData($personId: ID!, $requestReference: String!) {\n    erasePersonData(personId: $personId, requestReference: $requestReference) {\n      personId\n      erasedAt\n      consentsWithdrawn\n      erasedNow\n    }\n  }\n": typeof types.ErasePersonDataDocument,
    "\n  query IndicatorCatalog($locale: String!) {\n    indicatorCatalog(locale: $locale) {\n      code\n      group\n      appliesTo\n      label\n    }\n    regions(locale: $locale) {\n      code\n      label\n    }\n  }\n": typeof types.IndicatorCatalogDocument,
    "\n  mutation SubmitInitialIdentification($input: SubmitInitialIdentificationInput!) {\n    submitInitialIdentification(input: $input) {\n      id\n      status\n      submittedAt\n      screening {\n        meetsThreshold\n        missingGroups\n      }\n      person {\n        id\n        reference\n      }\n    }\n  }\n": typeof types.SubmitInitialIdentificationDocument,
    "\n  query Inbox($first: Int!, $after: String) {\n    initialIdentifications(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          status\n          submittedAt\n          region\n          venue\n          screening {\n            meetsThreshold\n            missingGroups\n          }\n          person {\n            id\n            reference\n            summary {\n              isChild\n              identificationStatus\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.InboxDocument,
    "\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      reference\n      summary {\n        isChild\n        ageBand\n        sex\n        identificationStatus\n        needs\n        riskLevel\n      }\n      identity {\n        __typename\n      }\n      contactLocation {\n        __typename\n      }\n      traffickingExperience {\n        __typename\n      }\n      health {\n        __typename\n      }\n      psychosocial {\n        __typename\n      }\n      legal {\n        __typename\n      }\n      family {\n        __typename\n      }\n      educationEmployment {\n        __typename\n      }\n      security {\n        __typename\n      }\n      accommodation {\n        __typename\n      }\n    }\n  }\n": typeof types.PersonPageDocument,
    "\n  query MyNotifications($first: Int!) {\n    myNotifications(first: $first) {\n      id\n      kind\n      subjectRef\n      subjectId\n      createdAt\n      readAt\n      dueAt\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
};
const documents: Documents = {
    "\n  query ConsentPerson($id: ID!, $locale: String!) {\n    person(id: $id) {\n      id\n      reference\n      erasedAt\n      summary {\n        isChild\n      }\n    }\n    agencies(locale: $locale) {\n      id\n      name\n      type\n    }\n  }\n": types.ConsentPersonDocument,
    "\n  query ConsentGrants($personId: ID!) {\n    consentGrants(personId: $personId) {\n      id\n      personId\n      granteeAgencyId\n      granteeAgencyType\n      purpose\n      categories\n      givenBy\n      recordedAt\n      expiresAt\n      withdrawnAt\n      active\n      evidenceReference\n      flaggedForReview\n      reviewedAt\n      reviewOutcome\n    }\n  }\n": types.ConsentGrantsDocument,
    "\n  query ConsentGrantsForReview($personId: ID!) {\n    consentGrantsForReview(filter: { personId: $personId, pendingReviewOnly: true }) {\n      id\n    }\n  }\n": types.ConsentGrantsForReviewDocument,
    "\n  mutation GrantConsent($input: GrantConsentInput!) {\n    grantConsent(input: $input) {\n      id\n    }\n  }\n": types.GrantConsentDocument,
    "\n  mutation WithdrawConsent($id: ID!, $reason: String) {\n    withdrawConsent(id: $id, reason: $reason) {\n      id\n      withdrawnAt\n      active\n    }\n  }\n": types.WithdrawConsentDocument,
    "\n  mutation ReviewConsentGrant($id: ID!, $outcome: ReviewOutcome!, $note: String) {\n    reviewConsentGrant(id: $id, outcome: $outcome, note: $note) {\n      id\n      reviewedAt\n      reviewOutcome\n    }\n  }\n": types.ReviewConsentGrantDocument,
    "\n  query LegalBasisOverrides($personId: ID!) {\n    legalBasisOverrides(filter: { personId: $personId }) {\n      id\n      granteeAgencyId\n      categories\n      reason\n      grantedAt\n      expiresAt\n      reviewedAt\n      reviewOutcome\n      reviewNote\n    }\n  }\n": types.LegalBasisOverridesDocument,
    "\n  mutation GrantLegalBasisOverride($input: GrantLegalBasisOverrideInput!) {\n    grantLegalBasisOverride(input: $input) {\n      id\n    }\n  }\n": types.GrantLegalBasisOverrideDocument,
    "\n  mutation ReviewLegalBasisOverride($id: ID!, $outcome: ReviewOutcome!, $note: String) {\n    reviewLegalBasisOverride(id: $id, outcome: $outcome, note: $note) {\n      id\n      reviewedAt\n      reviewOutcome\n    }\n  }\n": types.ReviewLegalBasisOverrideDocument,
    "\n  query LegalHolds($personId: ID!, $locale: String!) {\n    legalHolds(personId: $personId) {\n      id\n      reasonCode\n      setAt\n      releasedAt\n    }\n    legalHoldReasonCodes(locale: $locale) {\n      code\n      label\n    }\n  }\n": types.LegalHoldsDocument,
    "\n  mutation SetLegalHold($personId: ID!, $reasonCode: String!) {\n    setLegalHold(personId: $personId, reasonCode: $reasonCode) {\n      id\n    }\n  }\n": types.SetLegalHoldDocument,
    "\n  mutation ReleaseLegalHold($personId: ID!) {\n    releaseLegalHold(personId: $personId) {\n      id\n    }\n  }\n": types.ReleaseLegalHoldDocument,
    "\n  mutation RecordSubjectAccessRequest($input: RecordSubjectAccessRequestInput!) {\n    recordSubjectAccessRequest(input: $input) {\n      id\n      requestReference\n      language\n    }\n  }\n": types.RecordSubjectAccessRequestDocument,
    "\n  query ExportPersonData($personId: ID!, $requestReference: String!) {\n    exportPersonData(personId: $personId, requestReference: $requestReference) {\n      personId\n      reference\n      requestReference\n      generatedAt\n      document\n      rendering {\n        language\n        mediaType\n        content\n      }\n    }\n  }\n": types.ExportPersonDataDocument,
    "\n  mutation ErasePersonData($personId: ID!, $requestReference: String!) {\n    erasePersonData(personId: $personId, requestReference: $requestReference) {\n      personId\n      erasedAt\n      consentsWithdrawn\n      erasedNow\n    }\n  }\n": types.ErasePersonDataDocument,
    "\n  query IndicatorCatalog($locale: String!) {\n    indicatorCatalog(locale: $locale) {\n      code\n      group\n      appliesTo\n      label\n    }\n    regions(locale: $locale) {\n      code\n      label\n    }\n  }\n": types.IndicatorCatalogDocument,
    "\n  mutation SubmitInitialIdentification($input: SubmitInitialIdentificationInput!) {\n    submitInitialIdentification(input: $input) {\n      id\n      status\n      submittedAt\n      screening {\n        meetsThreshold\n        missingGroups\n      }\n      person {\n        id\n        reference\n      }\n    }\n  }\n": types.SubmitInitialIdentificationDocument,
    "\n  query Inbox($first: Int!, $after: String) {\n    initialIdentifications(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          status\n          submittedAt\n          region\n          venue\n          screening {\n            meetsThreshold\n            missingGroups\n          }\n          person {\n            id\n            reference\n            summary {\n              isChild\n              identificationStatus\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.InboxDocument,
    "\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      reference\n      summary {\n        isChild\n        ageBand\n        sex\n        identificationStatus\n        needs\n        riskLevel\n      }\n      identity {\n        __typename\n      }\n      contactLocation {\n        __typename\n      }\n      traffickingExperience {\n        __typename\n      }\n      health {\n        __typename\n      }\n      psychosocial {\n        __typename\n      }\n      legal {\n        __typename\n      }\n      family {\n        __typename\n      }\n      educationEmployment {\n        __typename\n      }\n      security {\n        __typename\n      }\n      accommodation {\n        __typename\n      }\n    }\n  }\n": types.PersonPageDocument,
    "\n  query MyNotifications($first: Int!) {\n    myNotifications(first: $first) {\n      id\n      kind\n      subjectRef\n      subjectId\n      createdAt\n      readAt\n      dueAt\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationReadDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsentPerson($id: ID!, $locale: String!) {\n    person(id: $id) {\n      id\n      reference\n      erasedAt\n      summary {\n        isChild\n      }\n    }\n    agencies(locale: $locale) {\n      id\n      name\n      type\n    }\n  }\n"): (typeof documents)["\n  query ConsentPerson($id: ID!, $locale: String!) {\n    person(id: $id) {\n      id\n      reference\n      erasedAt\n      summary {\n        isChild\n      }\n    }\n    agencies(locale: $locale) {\n      id\n      name\n      type\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsentGrants($personId: ID!) {\n    consentGrants(personId: $personId) {\n      id\n      personId\n      granteeAgencyId\n      granteeAgencyType\n      purpose\n      categories\n      givenBy\n      recordedAt\n      expiresAt\n      withdrawnAt\n      active\n      evidenceReference\n      flaggedForReview\n      reviewedAt\n      reviewOutcome\n    }\n  }\n"): (typeof documents)["\n  query ConsentGrants($personId: ID!) {\n    consentGrants(personId: $personId) {\n      id\n      personId\n      granteeAgencyId\n      granteeAgencyType\n      purpose\n      categories\n      givenBy\n      recordedAt\n      expiresAt\n      withdrawnAt\n      active\n      evidenceReference\n      flaggedForReview\n      reviewedAt\n      reviewOutcome\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsentGrantsForReview($personId: ID!) {\n    consentGrantsForReview(filter: { personId: $personId, pendingReviewOnly: true }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query ConsentGrantsForReview($personId: ID!) {\n    consentGrantsForReview(filter: { personId: $personId, pendingReviewOnly: true }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantConsent($input: GrantConsentInput!) {\n    grantConsent(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation GrantConsent($input: GrantConsentInput!) {\n    grantConsent(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawConsent($id: ID!, $reason: String) {\n    withdrawConsent(id: $id, reason: $reason) {\n      id\n      withdrawnAt\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawConsent($id: ID!, $reason: String) {\n    withdrawConsent(id: $id, reason: $reason) {\n      id\n      withdrawnAt\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewConsentGrant($id: ID!, $outcome: ReviewOutcome!, $note: String) {\n    reviewConsentGrant(id: $id, outcome: $outcome, note: $note) {\n      id\n      reviewedAt\n      reviewOutcome\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewConsentGrant($id: ID!, $outcome: ReviewOutcome!, $note: String) {\n    reviewConsentGrant(id: $id, outcome: $outcome, note: $note) {\n      id\n      reviewedAt\n      reviewOutcome\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LegalBasisOverrides($personId: ID!) {\n    legalBasisOverrides(filter: { personId: $personId }) {\n      id\n      granteeAgencyId\n      categories\n      reason\n      grantedAt\n      expiresAt\n      reviewedAt\n      reviewOutcome\n      reviewNote\n    }\n  }\n"): (typeof documents)["\n  query LegalBasisOverrides($personId: ID!) {\n    legalBasisOverrides(filter: { personId: $personId }) {\n      id\n      granteeAgencyId\n      categories\n      reason\n      grantedAt\n      expiresAt\n      reviewedAt\n      reviewOutcome\n      reviewNote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantLegalBasisOverride($input: GrantLegalBasisOverrideInput!) {\n    grantLegalBasisOverride(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation GrantLegalBasisOverride($input: GrantLegalBasisOverrideInput!) {\n    grantLegalBasisOverride(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewLegalBasisOverride($id: ID!, $outcome: ReviewOutcome!, $note: String) {\n    reviewLegalBasisOverride(id: $id, outcome: $outcome, note: $note) {\n      id\n      reviewedAt\n      reviewOutcome\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewLegalBasisOverride($id: ID!, $outcome: ReviewOutcome!, $note: String) {\n    reviewLegalBasisOverride(id: $id, outcome: $outcome, note: $note) {\n      id\n      reviewedAt\n      reviewOutcome\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LegalHolds($personId: ID!, $locale: String!) {\n    legalHolds(personId: $personId) {\n      id\n      reasonCode\n      setAt\n      releasedAt\n    }\n    legalHoldReasonCodes(locale: $locale) {\n      code\n      label\n    }\n  }\n"): (typeof documents)["\n  query LegalHolds($personId: ID!, $locale: String!) {\n    legalHolds(personId: $personId) {\n      id\n      reasonCode\n      setAt\n      releasedAt\n    }\n    legalHoldReasonCodes(locale: $locale) {\n      code\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLegalHold($personId: ID!, $reasonCode: String!) {\n    setLegalHold(personId: $personId, reasonCode: $reasonCode) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetLegalHold($personId: ID!, $reasonCode: String!) {\n    setLegalHold(personId: $personId, reasonCode: $reasonCode) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseLegalHold($personId: ID!) {\n    releaseLegalHold(personId: $personId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReleaseLegalHold($personId: ID!) {\n    releaseLegalHold(personId: $personId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSubjectAccessRequest($input: RecordSubjectAccessRequestInput!) {\n    recordSubjectAccessRequest(input: $input) {\n      id\n      requestReference\n      language\n    }\n  }\n"): (typeof documents)["\n  mutation RecordSubjectAccessRequest($input: RecordSubjectAccessRequestInput!) {\n    recordSubjectAccessRequest(input: $input) {\n      id\n      requestReference\n      language\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportPersonData($personId: ID!, $requestReference: String!) {\n    exportPersonData(personId: $personId, requestReference: $requestReference) {\n      personId\n      reference\n      requestReference\n      generatedAt\n      document\n      rendering {\n        language\n        mediaType\n        content\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExportPersonData($personId: ID!, $requestReference: String!) {\n    exportPersonData(personId: $personId, requestReference: $requestReference) {\n      personId\n      reference\n      requestReference\n      generatedAt\n      document\n      rendering {\n        language\n        mediaType\n        content\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErasePersonData($personId: ID!, $requestReference: String!) {\n    erasePersonData(personId: $personId, requestReference: $requestReference) {\n      personId\n      erasedAt\n      consentsWithdrawn\n      erasedNow\n    }\n  }\n"): (typeof documents)["\n  mutation ErasePersonData($personId: ID!, $requestReference: String!) {\n    erasePersonData(personId: $personId, requestReference: $requestReference) {\n      personId\n      erasedAt\n      consentsWithdrawn\n      erasedNow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorCatalog($locale: String!) {\n    indicatorCatalog(locale: $locale) {\n      code\n      group\n      appliesTo\n      label\n    }\n    regions(locale: $locale) {\n      code\n      label\n    }\n  }\n"): (typeof documents)["\n  query IndicatorCatalog($locale: String!) {\n    indicatorCatalog(locale: $locale) {\n      code\n      group\n      appliesTo\n      label\n    }\n    regions(locale: $locale) {\n      code\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitInitialIdentification($input: SubmitInitialIdentificationInput!) {\n    submitInitialIdentification(input: $input) {\n      id\n      status\n      submittedAt\n      screening {\n        meetsThreshold\n        missingGroups\n      }\n      person {\n        id\n        reference\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitInitialIdentification($input: SubmitInitialIdentificationInput!) {\n    submitInitialIdentification(input: $input) {\n      id\n      status\n      submittedAt\n      screening {\n        meetsThreshold\n        missingGroups\n      }\n      person {\n        id\n        reference\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inbox($first: Int!, $after: String) {\n    initialIdentifications(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          status\n          submittedAt\n          region\n          venue\n          screening {\n            meetsThreshold\n            missingGroups\n          }\n          person {\n            id\n            reference\n            summary {\n              isChild\n              identificationStatus\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Inbox($first: Int!, $after: String) {\n    initialIdentifications(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          status\n          submittedAt\n          region\n          venue\n          screening {\n            meetsThreshold\n            missingGroups\n          }\n          person {\n            id\n            reference\n            summary {\n              isChild\n              identificationStatus\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      reference\n      summary {\n        isChild\n        ageBand\n        sex\n        identificationStatus\n        needs\n        riskLevel\n      }\n      identity {\n        __typename\n      }\n      contactLocation {\n        __typename\n      }\n      traffickingExperience {\n        __typename\n      }\n      health {\n        __typename\n      }\n      psychosocial {\n        __typename\n      }\n      legal {\n        __typename\n      }\n      family {\n        __typename\n      }\n      educationEmployment {\n        __typename\n      }\n      security {\n        __typename\n      }\n      accommodation {\n        __typename\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      reference\n      summary {\n        isChild\n        ageBand\n        sex\n        identificationStatus\n        needs\n        riskLevel\n      }\n      identity {\n        __typename\n      }\n      contactLocation {\n        __typename\n      }\n      traffickingExperience {\n        __typename\n      }\n      health {\n        __typename\n      }\n      psychosocial {\n        __typename\n      }\n      legal {\n        __typename\n      }\n      family {\n        __typename\n      }\n      educationEmployment {\n        __typename\n      }\n      security {\n        __typename\n      }\n      accommodation {\n        __typename\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($first: Int!) {\n    myNotifications(first: $first) {\n      id\n      kind\n      subjectRef\n      subjectId\n      createdAt\n      readAt\n      dueAt\n    }\n  }\n"): (typeof documents)["\n  query MyNotifications($first: Int!) {\n    myNotifications(first: $first) {\n      id\n      kind\n      subjectRef\n      subjectId\n      createdAt\n      readAt\n      dueAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;