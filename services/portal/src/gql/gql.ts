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
    "\n  query AuditEntries($personId: ID!, $first: Int!, $after: String, $filter: AuditTrailFilter) {\n    auditEntries(personId: $personId, first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          service\n          at\n          actorUsername\n          actorAgencyId\n          actorRole\n          categories\n          action\n          basis\n          decision\n          reason\n          purpose\n          granteeAgencyId\n          granteeAgencyType\n          flaggedForReview\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditEntriesDocument,
    "\n  query VerifyAuditTrail {\n    verifyAuditTrail {\n      ok\n      entriesChecked\n      firstBrokenAt\n      chains {\n        service\n        ok\n        entriesChecked\n        firstBrokenAt\n        headHash\n      }\n    }\n  }\n": typeof types.VerifyAuditTrailDocument,
    "\n  query AuditAgencies($locale: String!) {\n    agencies(locale: $locale) {\n      id\n      name\n    }\n  }\n": typeof types.AuditAgenciesDocument,
    "\n  fragment ProviderFields on ServiceProvider {\n    id\n    agencyId\n    name\n    authorised\n    placesTotal\n    placesFree\n    placesTaken\n    placesOverCapacity\n    serves\n    services\n    region\n    agencyType\n  }\n": typeof types.ProviderFieldsFragmentDoc,
    "\n  query Directory($locale: String!) {\n    serviceProviders {\n      ...ProviderFields\n    }\n    agencies(locale: $locale) {\n      id\n      name\n      type\n      region\n    }\n    regions(locale: $locale) {\n      code\n      label\n    }\n  }\n": typeof types.DirectoryDocument,
    "\n  query DirectoryUsers {\n    users {\n      id\n      username\n      roles\n      agencyId\n      region\n    }\n  }\n": typeof types.DirectoryUsersDocument,
    "\n  query ProviderChanges($providerId: ID!) {\n    serviceProviderChanges(providerId: $providerId) {\n      id\n      change\n      changedByUsername\n      changedByRole\n      changedAt\n      reason\n    }\n  }\n": typeof types.ProviderChangesDocument,
    "\n  mutation CreateServiceProvider($input: CreateServiceProviderInput!) {\n    createServiceProvider(input: $input) {\n      ...ProviderFields\n    }\n  }\n": typeof types.CreateServiceProviderDocument,
    "\n  mutation UpdateServiceProvider($input: UpdateServiceProviderInput!) {\n    updateServiceProvider(input: $input) {\n      ...ProviderFields\n    }\n  }\n": typeof types.UpdateServiceProviderDocument,
    "\n  mutation SetServiceProviderAuthorisation($input: SetServiceProviderAuthorisationInput!) {\n    setServiceProviderAuthorisation(input: $input) {\n      ...ProviderFields\n    }\n  }\n": typeof types.SetServiceProviderAuthorisationDocument,
    "\n  fragment FormalIdentificationFields on FormalIdentification {\n    id\n    personId\n    status\n    requestedAt\n    dueAt\n    statementOfWillingness\n    policeMemberId\n    socialMemberId\n    convenedAt\n    scheduledAt\n    interviewStartedAt\n    interviewEndedAt\n    outcome\n    reasons\n    concludedAt\n    criminalReports {\n      id\n      reportedAt\n    }\n  }\n": typeof types.FormalIdentificationFieldsFragmentDoc,
    "\n  query MyFormalIdentifications {\n    myFormalIdentifications {\n      ...FormalIdentificationFields\n    }\n  }\n": typeof types.MyFormalIdentificationsDocument,
    "\n  query FormalIdentificationPerson($reference: String!) {\n    personByReference(reference: $reference) {\n      id\n      reference\n    }\n  }\n": typeof types.FormalIdentificationPersonDocument,
    "\n  query PersonFormalIdentifications($personId: ID!) {\n    formalIdentifications(personId: $personId) {\n      ...FormalIdentificationFields\n    }\n  }\n": typeof types.PersonFormalIdentificationsDocument,
    "\n  query FormalIdentification($id: ID!) {\n    formalIdentification(id: $id) {\n      ...FormalIdentificationFields\n    }\n  }\n": typeof types.FormalIdentificationDocument,
    "\n  query GroupCandidates {\n    police: users(filter: { role: FORMAL_ID_POLICE }) {\n      id\n      username\n      agencyId\n      region\n    }\n    social: users(filter: { role: FORMAL_ID_SOCIAL }) {\n      id\n      username\n      agencyId\n      region\n    }\n    childProtection: users(filter: { role: CHILD_PROTECTION_WORKER }) {\n      id\n      username\n      agencyId\n      region\n    }\n  }\n": typeof types.GroupCandidatesDocument,
    "\n  mutation ConveneFormalIdentificationGroup($input: ConveneFormalIdentificationGroupInput!) {\n    conveneFormalIdentificationGroup(input: $input) {\n      ...FormalIdentificationFields\n    }\n  }\n": typeof types.ConveneFormalIdentificationGroupDocument,
    "\n  mutation RecordFormalInterview($input: RecordFormalInterviewInput!) {\n    recordFormalInterview(input: $input) {\n      ...FormalIdentificationFields\n    }\n  }\n": typeof types.RecordFormalInterviewDocument,
    "\n  mutation RecordCriminalReport($input: RecordCriminalReportInput!) {\n    recordCriminalReport(input: $input) {\n      id\n      reportedAt\n    }\n  }\n": typeof types.RecordCriminalReportDocument,
    "\n  mutation RecordFormalIdentificationConclusion($input: RecordFormalIdentificationConclusionInput!) {\n    recordFormalIdentificationConclusion(input: $input) {\n      ...FormalIdentificationFields\n    }\n  }\n": typeof types.RecordFormalIdentificationConclusionDocument,
    "\n  query IndicatorCatalog($locale: String!) {\n    indicatorCatalog(locale: $locale) {\n      code\n      group\n      appliesTo\n      label\n    }\n    regions(locale: $locale) {\n      code\n      label\n    }\n  }\n": typeof types.IndicatorCatalogDocument,
    "\n  mutation SubmitInitialIdentification($input: SubmitInitialIdentificationInput!) {\n    submitInitialIdentification(input: $input) {\n      id\n      status\n      submittedAt\n      screening {\n        meetsThreshold\n        missingGroups\n      }\n      person {\n        id\n        reference\n      }\n    }\n  }\n": typeof types.SubmitInitialIdentificationDocument,
    "\n  query Inbox($first: Int!, $after: String) {\n    initialIdentifications(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          status\n          submittedAt\n          region\n          venue\n          screening {\n            meetsThreshold\n            missingGroups\n          }\n          person {\n            id\n            reference\n            summary {\n              isChild\n              identificationStatus\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.InboxDocument,
    "\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      reference\n      summary {\n        isChild\n        ageBand\n        sex\n        identificationStatus\n        needs\n        riskLevel\n      }\n      identity {\n        __typename\n      }\n      contactLocation {\n        __typename\n      }\n      traffickingExperience {\n        __typename\n      }\n      health {\n        __typename\n      }\n      psychosocial {\n        __typename\n      }\n      legal {\n        __typename\n      }\n      family {\n        __typename\n      }\n      educationEmployment {\n        __typename\n      }\n      security {\n        __typename\n      }\n      accommodation {\n        __typename\n      }\n    }\n  }\n": typeof types.PersonPageDocument,
    "\n  query MyNotifications($first: Int!) {\n    myNotifications(first: $first) {\n      id\n      kind\n      subjectRef\n      subjectId\n      createdAt\n      readAt\n      dueAt\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
};
const documents: Documents = {
    "\n  query AuditEntries($personId: ID!, $first: Int!, $after: String, $filter: AuditTrailFilter) {\n    auditEntries(personId: $personId, first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          service\n          at\n          actorUsername\n          actorAgencyId\n          actorRole\n          categories\n          action\n          basis\n          decision\n          reason\n          purpose\n          granteeAgencyId\n          granteeAgencyType\n          flaggedForReview\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditEntriesDocument,
    "\n  query VerifyAuditTrail {\n    verifyAuditTrail {\n      ok\n      entriesChecked\n      firstBrokenAt\n      chains {\n        service\n        ok\n        entriesChecked\n        firstBrokenAt\n        headHash\n      }\n    }\n  }\n": types.VerifyAuditTrailDocument,
    "\n  query AuditAgencies($locale: String!) {\n    agencies(locale: $locale) {\n      id\n      name\n    }\n  }\n": types.AuditAgenciesDocument,
    "\n  fragment ProviderFields on ServiceProvider {\n    id\n    agencyId\n    name\n    authorised\n    placesTotal\n    placesFree\n    placesTaken\n    placesOverCapacity\n    serves\n    services\n    region\n    agencyType\n  }\n": types.ProviderFieldsFragmentDoc,
    "\n  query Directory($locale: String!) {\n    serviceProviders {\n      ...ProviderFields\n    }\n    agencies(locale: $locale) {\n      id\n      name\n      type\n      region\n    }\n    regions(locale: $locale) {\n      code\n      label\n    }\n  }\n": types.DirectoryDocument,
    "\n  query DirectoryUsers {\n    users {\n      id\n      username\n      roles\n      agencyId\n      region\n    }\n  }\n": types.DirectoryUsersDocument,
    "\n  query ProviderChanges($providerId: ID!) {\n    serviceProviderChanges(providerId: $providerId) {\n      id\n      change\n      changedByUsername\n      changedByRole\n      changedAt\n      reason\n    }\n  }\n": types.ProviderChangesDocument,
    "\n  mutation CreateServiceProvider($input: CreateServiceProviderInput!) {\n    createServiceProvider(input: $input) {\n      ...ProviderFields\n    }\n  }\n": types.CreateServiceProviderDocument,
    "\n  mutation UpdateServiceProvider($input: UpdateServiceProviderInput!) {\n    updateServiceProvider(input: $input) {\n      ...ProviderFields\n    }\n  }\n": types.UpdateServiceProviderDocument,
    "\n  mutation SetServiceProviderAuthorisation($input: SetServiceProviderAuthorisationInput!) {\n    setServiceProviderAuthorisation(input: $input) {\n      ...ProviderFields\n    }\n  }\n": types.SetServiceProviderAuthorisationDocument,
    "\n  fragment FormalIdentificationFields on FormalIdentification {\n    id\n    personId\n    status\n    requestedAt\n    dueAt\n    statementOfWillingness\n    policeMemberId\n    socialMemberId\n    convenedAt\n    scheduledAt\n    interviewStartedAt\n    interviewEndedAt\n    outcome\n    reasons\n    concludedAt\n    criminalReports {\n      id\n      reportedAt\n    }\n  }\n": types.FormalIdentificationFieldsFragmentDoc,
    "\n  query MyFormalIdentifications {\n    myFormalIdentifications {\n      ...FormalIdentificationFields\n    }\n  }\n": types.MyFormalIdentificationsDocument,
    "\n  query FormalIdentificationPerson($reference: String!) {\n    personByReference(reference: $reference) {\n      id\n      reference\n    }\n  }\n": types.FormalIdentificationPersonDocument,
    "\n  query PersonFormalIdentifications($personId: ID!) {\n    formalIdentifications(personId: $personId) {\n      ...FormalIdentificationFields\n    }\n  }\n": types.PersonFormalIdentificationsDocument,
    "\n  query FormalIdentification($id: ID!) {\n    formalIdentification(id: $id) {\n      ...FormalIdentificationFields\n    }\n  }\n": types.FormalIdentificationDocument,
    "\n  query GroupCandidates {\n    police: users(filter: { role: FORMAL_ID_POLICE }) {\n      id\n      username\n      agencyId\n      region\n    }\n    social: users(filter: { role: FORMAL_ID_SOCIAL }) {\n      id\n      username\n      agencyId\n      region\n    }\n    childProtection: users(filter: { role: CHILD_PROTECTION_WORKER }) {\n      id\n      username\n      agencyId\n      region\n    }\n  }\n": types.GroupCandidatesDocument,
    "\n  mutation ConveneFormalIdentificationGroup($input: ConveneFormalIdentificationGroupInput!) {\n    conveneFormalIdentificationGroup(input: $input) {\n      ...FormalIdentificationFields\n    }\n  }\n": types.ConveneFormalIdentificationGroupDocument,
    "\n  mutation RecordFormalInterview($input: RecordFormalInterviewInput!) {\n    recordFormalInterview(input: $input) {\n      ...FormalIdentificationFields\n    }\n  }\n": types.RecordFormalInterviewDocument,
    "\n  mutation RecordCriminalReport($input: RecordCriminalReportInput!) {\n    recordCriminalReport(input: $input) {\n      id\n      reportedAt\n    }\n  }\n": types.RecordCriminalReportDocument,
    "\n  mutation RecordFormalIdentificationConclusion($input: RecordFormalIdentificationConclusionInput!) {\n    recordFormalIdentificationConclusion(input: $input) {\n      ...FormalIdentificationFields\n    }\n  }\n": types.RecordFormalIdentificationConclusionDocument,
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
export function graphql(source: "\n  query AuditEntries($personId: ID!, $first: Int!, $after: String, $filter: AuditTrailFilter) {\n    auditEntries(personId: $personId, first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          service\n          at\n          actorUsername\n          actorAgencyId\n          actorRole\n          categories\n          action\n          basis\n          decision\n          reason\n          purpose\n          granteeAgencyId\n          granteeAgencyType\n          flaggedForReview\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEntries($personId: ID!, $first: Int!, $after: String, $filter: AuditTrailFilter) {\n    auditEntries(personId: $personId, first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          service\n          at\n          actorUsername\n          actorAgencyId\n          actorRole\n          categories\n          action\n          basis\n          decision\n          reason\n          purpose\n          granteeAgencyId\n          granteeAgencyType\n          flaggedForReview\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyAuditTrail {\n    verifyAuditTrail {\n      ok\n      entriesChecked\n      firstBrokenAt\n      chains {\n        service\n        ok\n        entriesChecked\n        firstBrokenAt\n        headHash\n      }\n    }\n  }\n"): (typeof documents)["\n  query VerifyAuditTrail {\n    verifyAuditTrail {\n      ok\n      entriesChecked\n      firstBrokenAt\n      chains {\n        service\n        ok\n        entriesChecked\n        firstBrokenAt\n        headHash\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditAgencies($locale: String!) {\n    agencies(locale: $locale) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query AuditAgencies($locale: String!) {\n    agencies(locale: $locale) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProviderFields on ServiceProvider {\n    id\n    agencyId\n    name\n    authorised\n    placesTotal\n    placesFree\n    placesTaken\n    placesOverCapacity\n    serves\n    services\n    region\n    agencyType\n  }\n"): (typeof documents)["\n  fragment ProviderFields on ServiceProvider {\n    id\n    agencyId\n    name\n    authorised\n    placesTotal\n    placesFree\n    placesTaken\n    placesOverCapacity\n    serves\n    services\n    region\n    agencyType\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Directory($locale: String!) {\n    serviceProviders {\n      ...ProviderFields\n    }\n    agencies(locale: $locale) {\n      id\n      name\n      type\n      region\n    }\n    regions(locale: $locale) {\n      code\n      label\n    }\n  }\n"): (typeof documents)["\n  query Directory($locale: String!) {\n    serviceProviders {\n      ...ProviderFields\n    }\n    agencies(locale: $locale) {\n      id\n      name\n      type\n      region\n    }\n    regions(locale: $locale) {\n      code\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryUsers {\n    users {\n      id\n      username\n      roles\n      agencyId\n      region\n    }\n  }\n"): (typeof documents)["\n  query DirectoryUsers {\n    users {\n      id\n      username\n      roles\n      agencyId\n      region\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProviderChanges($providerId: ID!) {\n    serviceProviderChanges(providerId: $providerId) {\n      id\n      change\n      changedByUsername\n      changedByRole\n      changedAt\n      reason\n    }\n  }\n"): (typeof documents)["\n  query ProviderChanges($providerId: ID!) {\n    serviceProviderChanges(providerId: $providerId) {\n      id\n      change\n      changedByUsername\n      changedByRole\n      changedAt\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateServiceProvider($input: CreateServiceProviderInput!) {\n    createServiceProvider(input: $input) {\n      ...ProviderFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateServiceProvider($input: CreateServiceProviderInput!) {\n    createServiceProvider(input: $input) {\n      ...ProviderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateServiceProvider($input: UpdateServiceProviderInput!) {\n    updateServiceProvider(input: $input) {\n      ...ProviderFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateServiceProvider($input: UpdateServiceProviderInput!) {\n    updateServiceProvider(input: $input) {\n      ...ProviderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetServiceProviderAuthorisation($input: SetServiceProviderAuthorisationInput!) {\n    setServiceProviderAuthorisation(input: $input) {\n      ...ProviderFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetServiceProviderAuthorisation($input: SetServiceProviderAuthorisationInput!) {\n    setServiceProviderAuthorisation(input: $input) {\n      ...ProviderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FormalIdentificationFields on FormalIdentification {\n    id\n    personId\n    status\n    requestedAt\n    dueAt\n    statementOfWillingness\n    policeMemberId\n    socialMemberId\n    convenedAt\n    scheduledAt\n    interviewStartedAt\n    interviewEndedAt\n    outcome\n    reasons\n    concludedAt\n    criminalReports {\n      id\n      reportedAt\n    }\n  }\n"): (typeof documents)["\n  fragment FormalIdentificationFields on FormalIdentification {\n    id\n    personId\n    status\n    requestedAt\n    dueAt\n    statementOfWillingness\n    policeMemberId\n    socialMemberId\n    convenedAt\n    scheduledAt\n    interviewStartedAt\n    interviewEndedAt\n    outcome\n    reasons\n    concludedAt\n    criminalReports {\n      id\n      reportedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyFormalIdentifications {\n    myFormalIdentifications {\n      ...FormalIdentificationFields\n    }\n  }\n"): (typeof documents)["\n  query MyFormalIdentifications {\n    myFormalIdentifications {\n      ...FormalIdentificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FormalIdentificationPerson($reference: String!) {\n    personByReference(reference: $reference) {\n      id\n      reference\n    }\n  }\n"): (typeof documents)["\n  query FormalIdentificationPerson($reference: String!) {\n    personByReference(reference: $reference) {\n      id\n      reference\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonFormalIdentifications($personId: ID!) {\n    formalIdentifications(personId: $personId) {\n      ...FormalIdentificationFields\n    }\n  }\n"): (typeof documents)["\n  query PersonFormalIdentifications($personId: ID!) {\n    formalIdentifications(personId: $personId) {\n      ...FormalIdentificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FormalIdentification($id: ID!) {\n    formalIdentification(id: $id) {\n      ...FormalIdentificationFields\n    }\n  }\n"): (typeof documents)["\n  query FormalIdentification($id: ID!) {\n    formalIdentification(id: $id) {\n      ...FormalIdentificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupCandidates {\n    police: users(filter: { role: FORMAL_ID_POLICE }) {\n      id\n      username\n      agencyId\n      region\n    }\n    social: users(filter: { role: FORMAL_ID_SOCIAL }) {\n      id\n      username\n      agencyId\n      region\n    }\n    childProtection: users(filter: { role: CHILD_PROTECTION_WORKER }) {\n      id\n      username\n      agencyId\n      region\n    }\n  }\n"): (typeof documents)["\n  query GroupCandidates {\n    police: users(filter: { role: FORMAL_ID_POLICE }) {\n      id\n      username\n      agencyId\n      region\n    }\n    social: users(filter: { role: FORMAL_ID_SOCIAL }) {\n      id\n      username\n      agencyId\n      region\n    }\n    childProtection: users(filter: { role: CHILD_PROTECTION_WORKER }) {\n      id\n      username\n      agencyId\n      region\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConveneFormalIdentificationGroup($input: ConveneFormalIdentificationGroupInput!) {\n    conveneFormalIdentificationGroup(input: $input) {\n      ...FormalIdentificationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConveneFormalIdentificationGroup($input: ConveneFormalIdentificationGroupInput!) {\n    conveneFormalIdentificationGroup(input: $input) {\n      ...FormalIdentificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFormalInterview($input: RecordFormalInterviewInput!) {\n    recordFormalInterview(input: $input) {\n      ...FormalIdentificationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordFormalInterview($input: RecordFormalInterviewInput!) {\n    recordFormalInterview(input: $input) {\n      ...FormalIdentificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCriminalReport($input: RecordCriminalReportInput!) {\n    recordCriminalReport(input: $input) {\n      id\n      reportedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RecordCriminalReport($input: RecordCriminalReportInput!) {\n    recordCriminalReport(input: $input) {\n      id\n      reportedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFormalIdentificationConclusion($input: RecordFormalIdentificationConclusionInput!) {\n    recordFormalIdentificationConclusion(input: $input) {\n      ...FormalIdentificationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordFormalIdentificationConclusion($input: RecordFormalIdentificationConclusionInput!) {\n    recordFormalIdentificationConclusion(input: $input) {\n      ...FormalIdentificationFields\n    }\n  }\n"];
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