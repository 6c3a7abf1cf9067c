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
    "\n  query ReferralPerson($id: ID!) {\n    person(id: $id) {\n      id\n      reference\n      summary {\n        isChild\n        presumedChild\n        needs\n      }\n    }\n  }\n": typeof types.ReferralPersonDocument,
    "\n  query ProviderMatches($personId: ID!, $needs: [String!]) {\n    providerMatches(personId: $personId, needs: $needs) {\n      eligible\n      reasons\n      exclusions {\n        code\n        message\n      }\n      overCapacityPossible\n      rank\n      score\n      regionMatch\n      servicesMatched\n      servicesMissing\n      provider {\n        id\n        agencyId\n        name\n        region\n        placesTotal\n        placesFree\n        serves\n        services\n      }\n    }\n  }\n": typeof types.ProviderMatchesDocument,
    "\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CreateReferralDocument,
    "\n  query Referrals($first: Int!, $after: String, $filter: ReferralFilter) {\n    referrals(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          reference\n          status\n          urgent\n          createdAt\n          respondedAt\n          provider {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ReferralsDocument,
    "\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      id\n      reference\n      status\n      urgent\n      createdAt\n      respondedAt\n      declineReason\n      caseId\n      consentWithdrawn\n      consentWithdrawnAt\n      transferFromReferralId\n      withdrawnAt\n      withdrawalReason\n      closedAt\n      optionsOffered\n      placedOverCapacity\n      overCapacityAgreement {\n        reference\n        agreedWith\n      }\n      provider {\n        id\n        name\n        region\n      }\n      person {\n        id\n      }\n    }\n  }\n": typeof types.ReferralDocument,
    "\n  mutation WithdrawReferral($input: WithdrawReferralInput!) {\n    withdrawReferral(input: $input) {\n      id\n      status\n      withdrawnAt\n      withdrawalReason\n    }\n  }\n": typeof types.WithdrawReferralDocument,
    "\n  query FormalIdentifications($personId: ID!) {\n    formalIdentifications(personId: $personId) {\n      id\n      status\n      requestedAt\n      dueAt\n      statementOfWillingness\n      convenedAt\n      scheduledAt\n      outcome\n      concludedAt\n    }\n  }\n": typeof types.FormalIdentificationsDocument,
    "\n  mutation RequestFormalIdentification($input: RequestFormalIdentificationInput!) {\n    requestFormalIdentification(input: $input) {\n      id\n      status\n      requestedAt\n      dueAt\n      statementOfWillingness\n      convenedAt\n      scheduledAt\n      outcome\n      concludedAt\n    }\n  }\n": typeof types.RequestFormalIdentificationDocument,
    "\n  query IndicatorCatalog($locale: String!) {\n    indicatorCatalog(locale: $locale) {\n      code\n      group\n      appliesTo\n      label\n    }\n    regions(locale: $locale) {\n      code\n      label\n    }\n  }\n": typeof types.IndicatorCatalogDocument,
    "\n  mutation SubmitInitialIdentification($input: SubmitInitialIdentificationInput!) {\n    submitInitialIdentification(input: $input) {\n      id\n      status\n      submittedAt\n      screening {\n        meetsThreshold\n        missingGroups\n      }\n      person {\n        id\n        reference\n      }\n    }\n  }\n": typeof types.SubmitInitialIdentificationDocument,
    "\n  query Inbox($first: Int!, $after: String) {\n    initialIdentifications(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          status\n          submittedAt\n          region\n          venue\n          screening {\n            meetsThreshold\n            missingGroups\n          }\n          person {\n            id\n            reference\n            summary {\n              isChild\n              identificationStatus\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.InboxDocument,
    "\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      reference\n      summary {\n        isChild\n        ageBand\n        sex\n        identificationStatus\n        needs\n        riskLevel\n      }\n      identity {\n        __typename\n      }\n      contactLocation {\n        __typename\n      }\n      traffickingExperience {\n        __typename\n      }\n      health {\n        __typename\n      }\n      psychosocial {\n        __typename\n      }\n      legal {\n        __typename\n      }\n      family {\n        __typename\n      }\n      educationEmployment {\n        __typename\n      }\n      security {\n        __typename\n      }\n      accommodation {\n        __typename\n      }\n    }\n  }\n": typeof types.PersonPageDocument,
    "\n  query MyNotifications($first: Int!) {\n    myNotifications(first: $first) {\n      id\n      kind\n      subjectRef\n      subjectId\n      createdAt\n      readAt\n      dueAt\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
};
const documents: Documents = {
    "\n  query ReferralPerson($id: ID!) {\n    person(id: $id) {\n      id\n      reference\n      summary {\n        isChild\n        presumedChild\n        needs\n      }\n    }\n  }\n": types.ReferralPersonDocument,
    "\n  query ProviderMatches($personId: ID!, $needs: [String!]) {\n    providerMatches(personId: $personId, needs: $needs) {\n      eligible\n      reasons\n      exclusions {\n        code\n        message\n      }\n      overCapacityPossible\n      rank\n      score\n      regionMatch\n      servicesMatched\n      servicesMissing\n      provider {\n        id\n        agencyId\n        name\n        region\n        placesTotal\n        placesFree\n        serves\n        services\n      }\n    }\n  }\n": types.ProviderMatchesDocument,
    "\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      id\n      status\n    }\n  }\n": types.CreateReferralDocument,
    "\n  query Referrals($first: Int!, $after: String, $filter: ReferralFilter) {\n    referrals(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          reference\n          status\n          urgent\n          createdAt\n          respondedAt\n          provider {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ReferralsDocument,
    "\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      id\n      reference\n      status\n      urgent\n      createdAt\n      respondedAt\n      declineReason\n      caseId\n      consentWithdrawn\n      consentWithdrawnAt\n      transferFromReferralId\n      withdrawnAt\n      withdrawalReason\n      closedAt\n      optionsOffered\n      placedOverCapacity\n      overCapacityAgreement {\n        reference\n        agreedWith\n      }\n      provider {\n        id\n        name\n        region\n      }\n      person {\n        id\n      }\n    }\n  }\n": types.ReferralDocument,
    "\n  mutation WithdrawReferral($input: WithdrawReferralInput!) {\n    withdrawReferral(input: $input) {\n      id\n      status\n      withdrawnAt\n      withdrawalReason\n    }\n  }\n": types.WithdrawReferralDocument,
    "\n  query FormalIdentifications($personId: ID!) {\n    formalIdentifications(personId: $personId) {\n      id\n      status\n      requestedAt\n      dueAt\n      statementOfWillingness\n      convenedAt\n      scheduledAt\n      outcome\n      concludedAt\n    }\n  }\n": types.FormalIdentificationsDocument,
    "\n  mutation RequestFormalIdentification($input: RequestFormalIdentificationInput!) {\n    requestFormalIdentification(input: $input) {\n      id\n      status\n      requestedAt\n      dueAt\n      statementOfWillingness\n      convenedAt\n      scheduledAt\n      outcome\n      concludedAt\n    }\n  }\n": types.RequestFormalIdentificationDocument,
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
export function graphql(source: "\n  query ReferralPerson($id: ID!) {\n    person(id: $id) {\n      id\n      reference\n      summary {\n        isChild\n        presumedChild\n        needs\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReferralPerson($id: ID!) {\n    person(id: $id) {\n      id\n      reference\n      summary {\n        isChild\n        presumedChild\n        needs\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProviderMatches($personId: ID!, $needs: [String!]) {\n    providerMatches(personId: $personId, needs: $needs) {\n      eligible\n      reasons\n      exclusions {\n        code\n        message\n      }\n      overCapacityPossible\n      rank\n      score\n      regionMatch\n      servicesMatched\n      servicesMissing\n      provider {\n        id\n        agencyId\n        name\n        region\n        placesTotal\n        placesFree\n        serves\n        services\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProviderMatches($personId: ID!, $needs: [String!]) {\n    providerMatches(personId: $personId, needs: $needs) {\n      eligible\n      reasons\n      exclusions {\n        code\n        message\n      }\n      overCapacityPossible\n      rank\n      score\n      regionMatch\n      servicesMatched\n      servicesMissing\n      provider {\n        id\n        agencyId\n        name\n        region\n        placesTotal\n        placesFree\n        serves\n        services\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Referrals($first: Int!, $after: String, $filter: ReferralFilter) {\n    referrals(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          reference\n          status\n          urgent\n          createdAt\n          respondedAt\n          provider {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Referrals($first: Int!, $after: String, $filter: ReferralFilter) {\n    referrals(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          reference\n          status\n          urgent\n          createdAt\n          respondedAt\n          provider {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      id\n      reference\n      status\n      urgent\n      createdAt\n      respondedAt\n      declineReason\n      caseId\n      consentWithdrawn\n      consentWithdrawnAt\n      transferFromReferralId\n      withdrawnAt\n      withdrawalReason\n      closedAt\n      optionsOffered\n      placedOverCapacity\n      overCapacityAgreement {\n        reference\n        agreedWith\n      }\n      provider {\n        id\n        name\n        region\n      }\n      person {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      id\n      reference\n      status\n      urgent\n      createdAt\n      respondedAt\n      declineReason\n      caseId\n      consentWithdrawn\n      consentWithdrawnAt\n      transferFromReferralId\n      withdrawnAt\n      withdrawalReason\n      closedAt\n      optionsOffered\n      placedOverCapacity\n      overCapacityAgreement {\n        reference\n        agreedWith\n      }\n      provider {\n        id\n        name\n        region\n      }\n      person {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawReferral($input: WithdrawReferralInput!) {\n    withdrawReferral(input: $input) {\n      id\n      status\n      withdrawnAt\n      withdrawalReason\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawReferral($input: WithdrawReferralInput!) {\n    withdrawReferral(input: $input) {\n      id\n      status\n      withdrawnAt\n      withdrawalReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FormalIdentifications($personId: ID!) {\n    formalIdentifications(personId: $personId) {\n      id\n      status\n      requestedAt\n      dueAt\n      statementOfWillingness\n      convenedAt\n      scheduledAt\n      outcome\n      concludedAt\n    }\n  }\n"): (typeof documents)["\n  query FormalIdentifications($personId: ID!) {\n    formalIdentifications(personId: $personId) {\n      id\n      status\n      requestedAt\n      dueAt\n      statementOfWillingness\n      convenedAt\n      scheduledAt\n      outcome\n      concludedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestFormalIdentification($input: RequestFormalIdentificationInput!) {\n    requestFormalIdentification(input: $input) {\n      id\n      status\n      requestedAt\n      dueAt\n      statementOfWillingness\n      convenedAt\n      scheduledAt\n      outcome\n      concludedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RequestFormalIdentification($input: RequestFormalIdentificationInput!) {\n    requestFormalIdentification(input: $input) {\n      id\n      status\n      requestedAt\n      dueAt\n      statementOfWillingness\n      convenedAt\n      scheduledAt\n      outcome\n      concludedAt\n    }\n  }\n"];
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