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
    "\n  query CasesIncomingReferrals($first: Int!, $after: String) {\n    referrals(first: $first, after: $after, filter: { status: PENDING }) {\n      edges {\n        node {\n          id\n          reference\n          status\n          urgent\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CasesIncomingReferralsDocument,
    "\n  mutation CasesRespondToReferral($input: RespondToReferralInput!) {\n    respondToReferral(input: $input) {\n      id\n      status\n      caseId\n      declineReason\n    }\n  }\n": typeof types.CasesRespondToReferralDocument,
    "\n  query CasesList($first: Int!, $after: String) {\n    cases(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          reference\n          status\n          phase\n          openedAt\n          assessmentsDueAt\n          nextMonitoringContactDueAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CasesListDocument,
    "\n  fragment CaseFields on Case {\n    id\n    reference\n    status\n    phase\n    openedAt\n    admittedAt\n    placementType\n    assessmentsDueAt\n    caseManagerId\n    teamMemberIds\n    phaseStartedAt\n    phaseReviewDueAt\n    followUpStartedAt\n    closedAt\n    closureType\n    closureReviewNotes\n    nextMonitoringContactDueAt\n  }\n": typeof types.CaseFieldsFragmentDoc,
    "\n  query CasesCase($id: ID!) {\n    case(id: $id) {\n      ...CaseFields\n      person {\n        id\n      }\n    }\n  }\n": typeof types.CasesCaseDocument,
    "\n  query CasesRecords($personId: ID!) {\n    person(id: $personId) {\n      id\n      reference\n      summary {\n        isChild\n      }\n      health {\n        assessments {\n          ...AssessmentFields\n        }\n      }\n      psychosocial {\n        assessments {\n          ...AssessmentFields\n        }\n      }\n      legal {\n        assessments {\n          ...AssessmentFields\n        }\n      }\n      family {\n        assessments {\n          ...AssessmentFields\n        }\n      }\n      educationEmployment {\n        assessments {\n          ...AssessmentFields\n        }\n      }\n      security {\n        assessments {\n          ...AssessmentFields\n        }\n      }\n      accommodation {\n        assessments {\n          ...AssessmentFields\n        }\n      }\n      reintegrationPlans {\n        ...PlanFields\n      }\n      monitoringContacts {\n        id\n        caseId\n        mode\n        areas\n        notes\n        contactedAt\n        phase\n      }\n    }\n  }\n": typeof types.CasesRecordsDocument,
    "\n  fragment AssessmentFields on NeedsAssessmentEntry {\n    id\n    area\n    summary\n    legalProblems\n    notes\n    disagreement\n    suicideRisk\n    recordedAt\n  }\n": typeof types.AssessmentFieldsFragmentDoc,
    "\n  fragment PlanFields on ReintegrationPlanVersion {\n    id\n    caseId\n    version\n    status\n    guardianRequired\n    personSignedAt\n    caseManagerSignedAt\n    guardianSignedAt\n    signedAt\n    createdAt\n    updatedAt\n    objectives {\n      area\n      objective\n      actions {\n        description\n        responsible\n        responsibleUserId\n        reviewDate\n        successIndicator\n      }\n    }\n  }\n": typeof types.PlanFieldsFragmentDoc,
    "\n  query CasesAssessmentAreas($locale: String!) {\n    assessmentAreas(locale: $locale) {\n      area\n      label\n      category\n      summaryCodes {\n        code\n        label\n      }\n    }\n    legalProblemTypes(locale: $locale) {\n      code\n      label\n    }\n  }\n": typeof types.CasesAssessmentAreasDocument,
    "\n  query CasesShelterUsers {\n    users {\n      id\n      username\n      roles\n      teamFunction\n    }\n  }\n": typeof types.CasesShelterUsersDocument,
    "\n  mutation CasesAdmit($input: AdmitToCaseInput!) {\n    admitToCase(input: $input) {\n      ...CaseFields\n    }\n  }\n": typeof types.CasesAdmitDocument,
    "\n  mutation CasesAssignCaseManager($input: AssignCaseManagerInput!) {\n    assignCaseManager(input: $input) {\n      ...CaseFields\n    }\n  }\n": typeof types.CasesAssignCaseManagerDocument,
    "\n  mutation CasesSetTeam($input: SetCaseTeamInput!) {\n    setCaseTeam(input: $input) {\n      ...CaseFields\n    }\n  }\n": typeof types.CasesSetTeamDocument,
    "\n  mutation CasesMovePhase($input: MoveCasePhaseInput!) {\n    moveCasePhase(input: $input) {\n      ...CaseFields\n    }\n  }\n": typeof types.CasesMovePhaseDocument,
    "\n  mutation CasesStartFollowUp($caseId: ID!) {\n    startFollowUp(caseId: $caseId) {\n      ...CaseFields\n    }\n  }\n": typeof types.CasesStartFollowUpDocument,
    "\n  mutation CasesClose($input: CloseCaseInput!) {\n    closeCase(input: $input) {\n      ...CaseFields\n    }\n  }\n": typeof types.CasesCloseDocument,
    "\n  mutation CasesRecordAssessment($input: RecordNeedsAssessmentInput!) {\n    recordNeedsAssessment(input: $input) {\n      ...AssessmentFields\n    }\n  }\n": typeof types.CasesRecordAssessmentDocument,
    "\n  mutation CasesSavePlan($input: SaveReintegrationPlanInput!) {\n    saveReintegrationPlan(input: $input) {\n      ...PlanFields\n    }\n  }\n": typeof types.CasesSavePlanDocument,
    "\n  mutation CasesSignPlan($input: SignReintegrationPlanInput!) {\n    signReintegrationPlan(input: $input) {\n      ...PlanFields\n    }\n  }\n": typeof types.CasesSignPlanDocument,
    "\n  query CasesPlanPdf($planId: ID!, $locale: PlanPdfLocale!) {\n    reintegrationPlanPdf(planId: $planId, locale: $locale) {\n      filename\n      contentType\n      base64\n    }\n  }\n": typeof types.CasesPlanPdfDocument,
    "\n  mutation CasesRecordContact($input: RecordMonitoringContactInput!) {\n    recordMonitoringContact(input: $input) {\n      contact {\n        id\n        caseId\n        mode\n        areas\n        notes\n        contactedAt\n        phase\n      }\n      nextContactDueAt\n    }\n  }\n": typeof types.CasesRecordContactDocument,
    "\n  query CasesComplaints($first: Int!) {\n    complaints(first: $first) {\n      id\n      caseId\n      anonymous\n      channel\n      addressee\n      aspect\n      description\n      lodgedAt\n      outcome\n      outcomeNote\n      outcomeRecordedAt\n    }\n  }\n": typeof types.CasesComplaintsDocument,
    "\n  mutation CasesLodgeComplaint($input: LodgeComplaintInput!) {\n    lodgeComplaint(input: $input) {\n      id\n      anonymous\n      addressee\n      lodgedAt\n    }\n  }\n": typeof types.CasesLodgeComplaintDocument,
    "\n  mutation CasesComplaintOutcome($input: RecordComplaintOutcomeInput!) {\n    recordComplaintOutcome(input: $input) {\n      id\n      outcome\n      outcomeNote\n      outcomeRecordedAt\n    }\n  }\n": typeof types.CasesComplaintOutcomeDocument,
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
    "\n  query Deadlines($first: Int!, $after: String, $filter: DeadlineFilter) {\n    deadlines(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          id\n          kind\n          subjectRef\n          subjectId\n          ownerAgencyId\n          dueAt\n          state\n          closedAt\n          escalatedAt\n          metBy\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.DeadlinesDocument,
    "\n  query InboxClocks($agencyId: String, $state: DeadlineState!) {\n    deadlines(first: 100, filter: { state: $state, agencyId: $agencyId }) {\n      edges {\n        node {\n          id\n          kind\n          subjectId\n          dueAt\n          state\n          closedAt\n          metBy\n        }\n      }\n    }\n  }\n": typeof types.InboxClocksDocument,
    "\n  query InboxAcknowledgements {\n    myNotifications(first: 200) {\n      id\n      kind\n      subjectId\n      dueAt\n      acknowledgedBy\n      acknowledgedAt\n    }\n  }\n": typeof types.InboxAcknowledgementsDocument,
    "\n  mutation AcknowledgeIdentification($identificationId: ID!) {\n    acknowledgeIdentification(identificationId: $identificationId) {\n      id\n      kind\n      subjectRef\n      subjectId\n      dueAt\n      state\n      closedAt\n      metBy\n    }\n  }\n": typeof types.AcknowledgeIdentificationDocument,
    "\n  query DeadlineAgencies($locale: String!) {\n    agencies(locale: $locale) {\n      id\n      name\n    }\n  }\n": typeof types.DeadlineAgenciesDocument,
    "\n  query DeadlinePerson($reference: String!) {\n    personByReference(reference: $reference) {\n      id\n    }\n  }\n": typeof types.DeadlinePersonDocument,
    "\n  fragment ProviderFields on ServiceProvider {\n    id\n    agencyId\n    name\n    authorised\n    placesTotal\n    placesFree\n    placesTaken\n    placesOverCapacity\n    serves\n    services\n    region\n    agencyType\n  }\n": typeof types.ProviderFieldsFragmentDoc,
    "\n  query Directory($locale: String!) {\n    serviceProviders {\n      ...ProviderFields\n    }\n    agencies(locale: $locale) {\n      id\n      name\n      type\n      region\n    }\n    regions(locale: $locale) {\n      code\n      label\n    }\n  }\n": typeof types.DirectoryDocument,
    "\n  query DirectoryUsers {\n    users {\n      id\n      username\n      roles\n      agencyId\n      region\n    }\n  }\n": typeof types.DirectoryUsersDocument,
    "\n  query ProviderChanges($providerId: ID!) {\n    serviceProviderChanges(providerId: $providerId) {\n      id\n      change\n      changedByUsername\n      changedByRole\n      changedAt\n      reason\n    }\n  }\n": typeof types.ProviderChangesDocument,
    "\n  mutation CreateServiceProvider($input: CreateServiceProviderInput!) {\n    createServiceProvider(input: $input) {\n      ...ProviderFields\n    }\n  }\n": typeof types.CreateServiceProviderDocument,
    "\n  mutation UpdateServiceProvider($input: UpdateServiceProviderInput!) {\n    updateServiceProvider(input: $input) {\n      ...ProviderFields\n    }\n  }\n": typeof types.UpdateServiceProviderDocument,
    "\n  mutation SetServiceProviderAuthorisation($input: SetServiceProviderAuthorisationInput!) {\n    setServiceProviderAuthorisation(input: $input) {\n      ...ProviderFields\n    }\n  }\n": typeof types.SetServiceProviderAuthorisationDocument,
    "\n  query FailedJobs($first: Int, $after: String, $filter: FailedJobsFilter) {\n    failedJobs(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          id\n          service\n          queue\n          kind\n          name\n          failedReason\n          attemptsMade\n          failedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.FailedJobsDocument,
    "\n  mutation RetryFailedJob($service: String!, $queue: String!, $id: String!) {\n    retryFailedJob(service: $service, queue: $queue, id: $id)\n  }\n": typeof types.RetryFailedJobDocument,
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
    "\n  query MyNotificationPreferences {\n    myNotificationPreferences {\n      emailKinds\n      alwaysEmailedKinds\n      language\n    }\n  }\n": typeof types.MyNotificationPreferencesDocument,
    "\n  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) {\n      emailKinds\n      alwaysEmailedKinds\n      language\n    }\n  }\n": typeof types.SetNotificationPreferencesDocument,
    "\n  query ReferralPerson($id: ID!) {\n    person(id: $id) {\n      id\n      reference\n      summary {\n        isChild\n        presumedChild\n        needs\n      }\n    }\n  }\n": typeof types.ReferralPersonDocument,
    "\n  query ProviderMatches($personId: ID!, $needs: [String!]) {\n    providerMatches(personId: $personId, needs: $needs) {\n      eligible\n      reasons\n      exclusions {\n        code\n        message\n      }\n      overCapacityPossible\n      rank\n      score\n      regionMatch\n      servicesMatched\n      servicesMissing\n      provider {\n        id\n        agencyId\n        name\n        region\n        placesTotal\n        placesFree\n        serves\n        services\n      }\n    }\n  }\n": typeof types.ProviderMatchesDocument,
    "\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CreateReferralDocument,
    "\n  query Referrals($first: Int!, $after: String, $filter: ReferralFilter) {\n    referrals(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          reference\n          status\n          urgent\n          createdAt\n          respondedAt\n          provider {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ReferralsDocument,
    "\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      id\n      reference\n      status\n      urgent\n      createdAt\n      respondedAt\n      declineReason\n      caseId\n      consentWithdrawn\n      consentWithdrawnAt\n      transferFromReferralId\n      withdrawnAt\n      withdrawalReason\n      closedAt\n      optionsOffered\n      placedOverCapacity\n      overCapacityAgreement {\n        reference\n        agreedWith\n      }\n      provider {\n        id\n        name\n        region\n      }\n      person {\n        id\n      }\n    }\n  }\n": typeof types.ReferralDocument,
    "\n  mutation WithdrawReferral($input: WithdrawReferralInput!) {\n    withdrawReferral(input: $input) {\n      id\n      status\n      withdrawnAt\n      withdrawalReason\n    }\n  }\n": typeof types.WithdrawReferralDocument,
    "\n  query FormalIdentifications($personId: ID!) {\n    formalIdentifications(personId: $personId) {\n      id\n      status\n      requestedAt\n      dueAt\n      statementOfWillingness\n      convenedAt\n      scheduledAt\n      outcome\n      concludedAt\n    }\n  }\n": typeof types.FormalIdentificationsDocument,
    "\n  mutation RequestFormalIdentification($input: RequestFormalIdentificationInput!) {\n    requestFormalIdentification(input: $input) {\n      id\n      status\n      requestedAt\n      dueAt\n      statementOfWillingness\n      convenedAt\n      scheduledAt\n      outcome\n      concludedAt\n    }\n  }\n": typeof types.RequestFormalIdentificationDocument,
    "\n  query StatisticsRegions($locale: String!) {\n    regions(locale: $locale) {\n      code\n      label\n    }\n  }\n": typeof types.StatisticsRegionsDocument,
    "\n  query IndicatorCatalog($locale: String!) {\n    indicatorCatalog(locale: $locale) {\n      code\n      group\n      appliesTo\n      label\n    }\n    regions(locale: $locale) {\n      code\n      label\n    }\n  }\n": typeof types.IndicatorCatalogDocument,
    "\n  mutation SubmitInitialIdentification($input: SubmitInitialIdentificationInput!) {\n    submitInitialIdentification(input: $input) {\n      id\n      status\n      submittedAt\n      screening {\n        meetsThreshold\n        missingGroups\n      }\n      person {\n        id\n        reference\n      }\n    }\n  }\n": typeof types.SubmitInitialIdentificationDocument,
    "\n  query Inbox($first: Int!, $after: String) {\n    initialIdentifications(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          status\n          submittedAt\n          region\n          venue\n          screening {\n            meetsThreshold\n            missingGroups\n          }\n          person {\n            id\n            reference\n            summary {\n              isChild\n              identificationStatus\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.InboxDocument,
    "\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      reference\n      summary {\n        isChild\n        ageBand\n        sex\n        identificationStatus\n        needs\n        riskLevel\n      }\n      identity {\n        __typename\n      }\n      contactLocation {\n        __typename\n      }\n      traffickingExperience {\n        __typename\n      }\n      health {\n        __typename\n      }\n      psychosocial {\n        __typename\n      }\n      legal {\n        __typename\n      }\n      family {\n        __typename\n      }\n      educationEmployment {\n        __typename\n      }\n      security {\n        __typename\n      }\n      accommodation {\n        __typename\n      }\n    }\n  }\n": typeof types.PersonPageDocument,
    "\n  query MyNotifications($first: Int!) {\n    myNotifications(first: $first) {\n      id\n      kind\n      subjectRef\n      subjectId\n      createdAt\n      readAt\n      dueAt\n      deadlineKind\n      acknowledgedBy\n      acknowledgedAt\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation SaveIdentificationDraft($input: SaveIdentificationDraftInput!) {\n    saveIdentificationDraft(input: $input) {\n      id\n      clientRequestId\n      updatedAt\n      expiresAt\n    }\n  }\n": typeof types.SaveIdentificationDraftDocument,
    "\n  query MyIdentificationDrafts {\n    myIdentificationDrafts {\n      id\n      clientRequestId\n      payload\n      createdAt\n      updatedAt\n      expiresAt\n    }\n  }\n": typeof types.MyIdentificationDraftsDocument,
    "\n  query IdentificationDraft($id: ID!) {\n    identificationDraft(id: $id) {\n      id\n      clientRequestId\n      payload\n      updatedAt\n    }\n  }\n": typeof types.IdentificationDraftDocument,
    "\n  mutation DiscardIdentificationDraft($id: ID!) {\n    discardIdentificationDraft(id: $id)\n  }\n": typeof types.DiscardIdentificationDraftDocument,
};
const documents: Documents = {
    "\n  query AuditEntries($personId: ID!, $first: Int!, $after: String, $filter: AuditTrailFilter) {\n    auditEntries(personId: $personId, first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          service\n          at\n          actorUsername\n          actorAgencyId\n          actorRole\n          categories\n          action\n          basis\n          decision\n          reason\n          purpose\n          granteeAgencyId\n          granteeAgencyType\n          flaggedForReview\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditEntriesDocument,
    "\n  query VerifyAuditTrail {\n    verifyAuditTrail {\n      ok\n      entriesChecked\n      firstBrokenAt\n      chains {\n        service\n        ok\n        entriesChecked\n        firstBrokenAt\n        headHash\n      }\n    }\n  }\n": types.VerifyAuditTrailDocument,
    "\n  query AuditAgencies($locale: String!) {\n    agencies(locale: $locale) {\n      id\n      name\n    }\n  }\n": types.AuditAgenciesDocument,
    "\n  query CasesIncomingReferrals($first: Int!, $after: String) {\n    referrals(first: $first, after: $after, filter: { status: PENDING }) {\n      edges {\n        node {\n          id\n          reference\n          status\n          urgent\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CasesIncomingReferralsDocument,
    "\n  mutation CasesRespondToReferral($input: RespondToReferralInput!) {\n    respondToReferral(input: $input) {\n      id\n      status\n      caseId\n      declineReason\n    }\n  }\n": types.CasesRespondToReferralDocument,
    "\n  query CasesList($first: Int!, $after: String) {\n    cases(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          reference\n          status\n          phase\n          openedAt\n          assessmentsDueAt\n          nextMonitoringContactDueAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CasesListDocument,
    "\n  fragment CaseFields on Case {\n    id\n    reference\n    status\n    phase\n    openedAt\n    admittedAt\n    placementType\n    assessmentsDueAt\n    caseManagerId\n    teamMemberIds\n    phaseStartedAt\n    phaseReviewDueAt\n    followUpStartedAt\n    closedAt\n    closureType\n    closureReviewNotes\n    nextMonitoringContactDueAt\n  }\n": types.CaseFieldsFragmentDoc,
    "\n  query CasesCase($id: ID!) {\n    case(id: $id) {\n      ...CaseFields\n      person {\n        id\n      }\n    }\n  }\n": types.CasesCaseDocument,
    "\n  query CasesRecords($personId: ID!) {\n    person(id: $personId) {\n      id\n      reference\n      summary {\n        isChild\n      }\n      health {\n        assessments {\n          ...AssessmentFields\n        }\n      }\n      psychosocial {\n        assessments {\n          ...AssessmentFields\n        }\n      }\n      legal {\n        assessments {\n          ...AssessmentFields\n        }\n      }\n      family {\n        assessments {\n          ...AssessmentFields\n        }\n      }\n      educationEmployment {\n        assessments {\n          ...AssessmentFields\n        }\n      }\n      security {\n        assessments {\n          ...AssessmentFields\n        }\n      }\n      accommodation {\n        assessments {\n          ...AssessmentFields\n        }\n      }\n      reintegrationPlans {\n        ...PlanFields\n      }\n      monitoringContacts {\n        id\n        caseId\n        mode\n        areas\n        notes\n        contactedAt\n        phase\n      }\n    }\n  }\n": types.CasesRecordsDocument,
    "\n  fragment AssessmentFields on NeedsAssessmentEntry {\n    id\n    area\n    summary\n    legalProblems\n    notes\n    disagreement\n    suicideRisk\n    recordedAt\n  }\n": types.AssessmentFieldsFragmentDoc,
    "\n  fragment PlanFields on ReintegrationPlanVersion {\n    id\n    caseId\n    version\n    status\n    guardianRequired\n    personSignedAt\n    caseManagerSignedAt\n    guardianSignedAt\n    signedAt\n    createdAt\n    updatedAt\n    objectives {\n      area\n      objective\n      actions {\n        description\n        responsible\n        responsibleUserId\n        reviewDate\n        successIndicator\n      }\n    }\n  }\n": types.PlanFieldsFragmentDoc,
    "\n  query CasesAssessmentAreas($locale: String!) {\n    assessmentAreas(locale: $locale) {\n      area\n      label\n      category\n      summaryCodes {\n        code\n        label\n      }\n    }\n    legalProblemTypes(locale: $locale) {\n      code\n      label\n    }\n  }\n": types.CasesAssessmentAreasDocument,
    "\n  query CasesShelterUsers {\n    users {\n      id\n      username\n      roles\n      teamFunction\n    }\n  }\n": types.CasesShelterUsersDocument,
    "\n  mutation CasesAdmit($input: AdmitToCaseInput!) {\n    admitToCase(input: $input) {\n      ...CaseFields\n    }\n  }\n": types.CasesAdmitDocument,
    "\n  mutation CasesAssignCaseManager($input: AssignCaseManagerInput!) {\n    assignCaseManager(input: $input) {\n      ...CaseFields\n    }\n  }\n": types.CasesAssignCaseManagerDocument,
    "\n  mutation CasesSetTeam($input: SetCaseTeamInput!) {\n    setCaseTeam(input: $input) {\n      ...CaseFields\n    }\n  }\n": types.CasesSetTeamDocument,
    "\n  mutation CasesMovePhase($input: MoveCasePhaseInput!) {\n    moveCasePhase(input: $input) {\n      ...CaseFields\n    }\n  }\n": types.CasesMovePhaseDocument,
    "\n  mutation CasesStartFollowUp($caseId: ID!) {\n    startFollowUp(caseId: $caseId) {\n      ...CaseFields\n    }\n  }\n": types.CasesStartFollowUpDocument,
    "\n  mutation CasesClose($input: CloseCaseInput!) {\n    closeCase(input: $input) {\n      ...CaseFields\n    }\n  }\n": types.CasesCloseDocument,
    "\n  mutation CasesRecordAssessment($input: RecordNeedsAssessmentInput!) {\n    recordNeedsAssessment(input: $input) {\n      ...AssessmentFields\n    }\n  }\n": types.CasesRecordAssessmentDocument,
    "\n  mutation CasesSavePlan($input: SaveReintegrationPlanInput!) {\n    saveReintegrationPlan(input: $input) {\n      ...PlanFields\n    }\n  }\n": types.CasesSavePlanDocument,
    "\n  mutation CasesSignPlan($input: SignReintegrationPlanInput!) {\n    signReintegrationPlan(input: $input) {\n      ...PlanFields\n    }\n  }\n": types.CasesSignPlanDocument,
    "\n  query CasesPlanPdf($planId: ID!, $locale: PlanPdfLocale!) {\n    reintegrationPlanPdf(planId: $planId, locale: $locale) {\n      filename\n      contentType\n      base64\n    }\n  }\n": types.CasesPlanPdfDocument,
    "\n  mutation CasesRecordContact($input: RecordMonitoringContactInput!) {\n    recordMonitoringContact(input: $input) {\n      contact {\n        id\n        caseId\n        mode\n        areas\n        notes\n        contactedAt\n        phase\n      }\n      nextContactDueAt\n    }\n  }\n": types.CasesRecordContactDocument,
    "\n  query CasesComplaints($first: Int!) {\n    complaints(first: $first) {\n      id\n      caseId\n      anonymous\n      channel\n      addressee\n      aspect\n      description\n      lodgedAt\n      outcome\n      outcomeNote\n      outcomeRecordedAt\n    }\n  }\n": types.CasesComplaintsDocument,
    "\n  mutation CasesLodgeComplaint($input: LodgeComplaintInput!) {\n    lodgeComplaint(input: $input) {\n      id\n      anonymous\n      addressee\n      lodgedAt\n    }\n  }\n": types.CasesLodgeComplaintDocument,
    "\n  mutation CasesComplaintOutcome($input: RecordComplaintOutcomeInput!) {\n    recordComplaintOutcome(input: $input) {\n      id\n      outcome\n      outcomeNote\n      outcomeRecordedAt\n    }\n  }\n": types.CasesComplaintOutcomeDocument,
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
    "\n  query Deadlines($first: Int!, $after: String, $filter: DeadlineFilter) {\n    deadlines(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          id\n          kind\n          subjectRef\n          subjectId\n          ownerAgencyId\n          dueAt\n          state\n          closedAt\n          escalatedAt\n          metBy\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.DeadlinesDocument,
    "\n  query InboxClocks($agencyId: String, $state: DeadlineState!) {\n    deadlines(first: 100, filter: { state: $state, agencyId: $agencyId }) {\n      edges {\n        node {\n          id\n          kind\n          subjectId\n          dueAt\n          state\n          closedAt\n          metBy\n        }\n      }\n    }\n  }\n": types.InboxClocksDocument,
    "\n  query InboxAcknowledgements {\n    myNotifications(first: 200) {\n      id\n      kind\n      subjectId\n      dueAt\n      acknowledgedBy\n      acknowledgedAt\n    }\n  }\n": types.InboxAcknowledgementsDocument,
    "\n  mutation AcknowledgeIdentification($identificationId: ID!) {\n    acknowledgeIdentification(identificationId: $identificationId) {\n      id\n      kind\n      subjectRef\n      subjectId\n      dueAt\n      state\n      closedAt\n      metBy\n    }\n  }\n": types.AcknowledgeIdentificationDocument,
    "\n  query DeadlineAgencies($locale: String!) {\n    agencies(locale: $locale) {\n      id\n      name\n    }\n  }\n": types.DeadlineAgenciesDocument,
    "\n  query DeadlinePerson($reference: String!) {\n    personByReference(reference: $reference) {\n      id\n    }\n  }\n": types.DeadlinePersonDocument,
    "\n  fragment ProviderFields on ServiceProvider {\n    id\n    agencyId\n    name\n    authorised\n    placesTotal\n    placesFree\n    placesTaken\n    placesOverCapacity\n    serves\n    services\n    region\n    agencyType\n  }\n": types.ProviderFieldsFragmentDoc,
    "\n  query Directory($locale: String!) {\n    serviceProviders {\n      ...ProviderFields\n    }\n    agencies(locale: $locale) {\n      id\n      name\n      type\n      region\n    }\n    regions(locale: $locale) {\n      code\n      label\n    }\n  }\n": types.DirectoryDocument,
    "\n  query DirectoryUsers {\n    users {\n      id\n      username\n      roles\n      agencyId\n      region\n    }\n  }\n": types.DirectoryUsersDocument,
    "\n  query ProviderChanges($providerId: ID!) {\n    serviceProviderChanges(providerId: $providerId) {\n      id\n      change\n      changedByUsername\n      changedByRole\n      changedAt\n      reason\n    }\n  }\n": types.ProviderChangesDocument,
    "\n  mutation CreateServiceProvider($input: CreateServiceProviderInput!) {\n    createServiceProvider(input: $input) {\n      ...ProviderFields\n    }\n  }\n": types.CreateServiceProviderDocument,
    "\n  mutation UpdateServiceProvider($input: UpdateServiceProviderInput!) {\n    updateServiceProvider(input: $input) {\n      ...ProviderFields\n    }\n  }\n": types.UpdateServiceProviderDocument,
    "\n  mutation SetServiceProviderAuthorisation($input: SetServiceProviderAuthorisationInput!) {\n    setServiceProviderAuthorisation(input: $input) {\n      ...ProviderFields\n    }\n  }\n": types.SetServiceProviderAuthorisationDocument,
    "\n  query FailedJobs($first: Int, $after: String, $filter: FailedJobsFilter) {\n    failedJobs(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          id\n          service\n          queue\n          kind\n          name\n          failedReason\n          attemptsMade\n          failedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FailedJobsDocument,
    "\n  mutation RetryFailedJob($service: String!, $queue: String!, $id: String!) {\n    retryFailedJob(service: $service, queue: $queue, id: $id)\n  }\n": types.RetryFailedJobDocument,
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
    "\n  query MyNotificationPreferences {\n    myNotificationPreferences {\n      emailKinds\n      alwaysEmailedKinds\n      language\n    }\n  }\n": types.MyNotificationPreferencesDocument,
    "\n  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) {\n      emailKinds\n      alwaysEmailedKinds\n      language\n    }\n  }\n": types.SetNotificationPreferencesDocument,
    "\n  query ReferralPerson($id: ID!) {\n    person(id: $id) {\n      id\n      reference\n      summary {\n        isChild\n        presumedChild\n        needs\n      }\n    }\n  }\n": types.ReferralPersonDocument,
    "\n  query ProviderMatches($personId: ID!, $needs: [String!]) {\n    providerMatches(personId: $personId, needs: $needs) {\n      eligible\n      reasons\n      exclusions {\n        code\n        message\n      }\n      overCapacityPossible\n      rank\n      score\n      regionMatch\n      servicesMatched\n      servicesMissing\n      provider {\n        id\n        agencyId\n        name\n        region\n        placesTotal\n        placesFree\n        serves\n        services\n      }\n    }\n  }\n": types.ProviderMatchesDocument,
    "\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      id\n      status\n    }\n  }\n": types.CreateReferralDocument,
    "\n  query Referrals($first: Int!, $after: String, $filter: ReferralFilter) {\n    referrals(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          reference\n          status\n          urgent\n          createdAt\n          respondedAt\n          provider {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ReferralsDocument,
    "\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      id\n      reference\n      status\n      urgent\n      createdAt\n      respondedAt\n      declineReason\n      caseId\n      consentWithdrawn\n      consentWithdrawnAt\n      transferFromReferralId\n      withdrawnAt\n      withdrawalReason\n      closedAt\n      optionsOffered\n      placedOverCapacity\n      overCapacityAgreement {\n        reference\n        agreedWith\n      }\n      provider {\n        id\n        name\n        region\n      }\n      person {\n        id\n      }\n    }\n  }\n": types.ReferralDocument,
    "\n  mutation WithdrawReferral($input: WithdrawReferralInput!) {\n    withdrawReferral(input: $input) {\n      id\n      status\n      withdrawnAt\n      withdrawalReason\n    }\n  }\n": types.WithdrawReferralDocument,
    "\n  query FormalIdentifications($personId: ID!) {\n    formalIdentifications(personId: $personId) {\n      id\n      status\n      requestedAt\n      dueAt\n      statementOfWillingness\n      convenedAt\n      scheduledAt\n      outcome\n      concludedAt\n    }\n  }\n": types.FormalIdentificationsDocument,
    "\n  mutation RequestFormalIdentification($input: RequestFormalIdentificationInput!) {\n    requestFormalIdentification(input: $input) {\n      id\n      status\n      requestedAt\n      dueAt\n      statementOfWillingness\n      convenedAt\n      scheduledAt\n      outcome\n      concludedAt\n    }\n  }\n": types.RequestFormalIdentificationDocument,
    "\n  query StatisticsRegions($locale: String!) {\n    regions(locale: $locale) {\n      code\n      label\n    }\n  }\n": types.StatisticsRegionsDocument,
    "\n  query IndicatorCatalog($locale: String!) {\n    indicatorCatalog(locale: $locale) {\n      code\n      group\n      appliesTo\n      label\n    }\n    regions(locale: $locale) {\n      code\n      label\n    }\n  }\n": types.IndicatorCatalogDocument,
    "\n  mutation SubmitInitialIdentification($input: SubmitInitialIdentificationInput!) {\n    submitInitialIdentification(input: $input) {\n      id\n      status\n      submittedAt\n      screening {\n        meetsThreshold\n        missingGroups\n      }\n      person {\n        id\n        reference\n      }\n    }\n  }\n": types.SubmitInitialIdentificationDocument,
    "\n  query Inbox($first: Int!, $after: String) {\n    initialIdentifications(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          status\n          submittedAt\n          region\n          venue\n          screening {\n            meetsThreshold\n            missingGroups\n          }\n          person {\n            id\n            reference\n            summary {\n              isChild\n              identificationStatus\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.InboxDocument,
    "\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      reference\n      summary {\n        isChild\n        ageBand\n        sex\n        identificationStatus\n        needs\n        riskLevel\n      }\n      identity {\n        __typename\n      }\n      contactLocation {\n        __typename\n      }\n      traffickingExperience {\n        __typename\n      }\n      health {\n        __typename\n      }\n      psychosocial {\n        __typename\n      }\n      legal {\n        __typename\n      }\n      family {\n        __typename\n      }\n      educationEmployment {\n        __typename\n      }\n      security {\n        __typename\n      }\n      accommodation {\n        __typename\n      }\n    }\n  }\n": types.PersonPageDocument,
    "\n  query MyNotifications($first: Int!) {\n    myNotifications(first: $first) {\n      id\n      kind\n      subjectRef\n      subjectId\n      createdAt\n      readAt\n      dueAt\n      deadlineKind\n      acknowledgedBy\n      acknowledgedAt\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation SaveIdentificationDraft($input: SaveIdentificationDraftInput!) {\n    saveIdentificationDraft(input: $input) {\n      id\n      clientRequestId\n      updatedAt\n      expiresAt\n    }\n  }\n": types.SaveIdentificationDraftDocument,
    "\n  query MyIdentificationDrafts {\n    myIdentificationDrafts {\n      id\n      clientRequestId\n      payload\n      createdAt\n      updatedAt\n      expiresAt\n    }\n  }\n": types.MyIdentificationDraftsDocument,
    "\n  query IdentificationDraft($id: ID!) {\n    identificationDraft(id: $id) {\n      id\n      clientRequestId\n      payload\n      updatedAt\n    }\n  }\n": types.IdentificationDraftDocument,
    "\n  mutation DiscardIdentificationDraft($id: ID!) {\n    discardIdentificationDraft(id: $id)\n  }\n": types.DiscardIdentificationDraftDocument,
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
export function graphql(source: "\n  query CasesIncomingReferrals($first: Int!, $after: String) {\n    referrals(first: $first, after: $after, filter: { status: PENDING }) {\n      edges {\n        node {\n          id\n          reference\n          status\n          urgent\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CasesIncomingReferrals($first: Int!, $after: String) {\n    referrals(first: $first, after: $after, filter: { status: PENDING }) {\n      edges {\n        node {\n          id\n          reference\n          status\n          urgent\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasesRespondToReferral($input: RespondToReferralInput!) {\n    respondToReferral(input: $input) {\n      id\n      status\n      caseId\n      declineReason\n    }\n  }\n"): (typeof documents)["\n  mutation CasesRespondToReferral($input: RespondToReferralInput!) {\n    respondToReferral(input: $input) {\n      id\n      status\n      caseId\n      declineReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasesList($first: Int!, $after: String) {\n    cases(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          reference\n          status\n          phase\n          openedAt\n          assessmentsDueAt\n          nextMonitoringContactDueAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CasesList($first: Int!, $after: String) {\n    cases(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          reference\n          status\n          phase\n          openedAt\n          assessmentsDueAt\n          nextMonitoringContactDueAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseFields on Case {\n    id\n    reference\n    status\n    phase\n    openedAt\n    admittedAt\n    placementType\n    assessmentsDueAt\n    caseManagerId\n    teamMemberIds\n    phaseStartedAt\n    phaseReviewDueAt\n    followUpStartedAt\n    closedAt\n    closureType\n    closureReviewNotes\n    nextMonitoringContactDueAt\n  }\n"): (typeof documents)["\n  fragment CaseFields on Case {\n    id\n    reference\n    status\n    phase\n    openedAt\n    admittedAt\n    placementType\n    assessmentsDueAt\n    caseManagerId\n    teamMemberIds\n    phaseStartedAt\n    phaseReviewDueAt\n    followUpStartedAt\n    closedAt\n    closureType\n    closureReviewNotes\n    nextMonitoringContactDueAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasesCase($id: ID!) {\n    case(id: $id) {\n      ...CaseFields\n      person {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query CasesCase($id: ID!) {\n    case(id: $id) {\n      ...CaseFields\n      person {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasesRecords($personId: ID!) {\n    person(id: $personId) {\n      id\n      reference\n      summary {\n        isChild\n      }\n      health {\n        assessments {\n          ...AssessmentFields\n        }\n      }\n      psychosocial {\n        assessments {\n          ...AssessmentFields\n        }\n      }\n      legal {\n        assessments {\n          ...AssessmentFields\n        }\n      }\n      family {\n        assessments {\n          ...AssessmentFields\n        }\n      }\n      educationEmployment {\n        assessments {\n          ...AssessmentFields\n        }\n      }\n      security {\n        assessments {\n          ...AssessmentFields\n        }\n      }\n      accommodation {\n        assessments {\n          ...AssessmentFields\n        }\n      }\n      reintegrationPlans {\n        ...PlanFields\n      }\n      monitoringContacts {\n        id\n        caseId\n        mode\n        areas\n        notes\n        contactedAt\n        phase\n      }\n    }\n  }\n"): (typeof documents)["\n  query CasesRecords($personId: ID!) {\n    person(id: $personId) {\n      id\n      reference\n      summary {\n        isChild\n      }\n      health {\n        assessments {\n          ...AssessmentFields\n        }\n      }\n      psychosocial {\n        assessments {\n          ...AssessmentFields\n        }\n      }\n      legal {\n        assessments {\n          ...AssessmentFields\n        }\n      }\n      family {\n        assessments {\n          ...AssessmentFields\n        }\n      }\n      educationEmployment {\n        assessments {\n          ...AssessmentFields\n        }\n      }\n      security {\n        assessments {\n          ...AssessmentFields\n        }\n      }\n      accommodation {\n        assessments {\n          ...AssessmentFields\n        }\n      }\n      reintegrationPlans {\n        ...PlanFields\n      }\n      monitoringContacts {\n        id\n        caseId\n        mode\n        areas\n        notes\n        contactedAt\n        phase\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssessmentFields on NeedsAssessmentEntry {\n    id\n    area\n    summary\n    legalProblems\n    notes\n    disagreement\n    suicideRisk\n    recordedAt\n  }\n"): (typeof documents)["\n  fragment AssessmentFields on NeedsAssessmentEntry {\n    id\n    area\n    summary\n    legalProblems\n    notes\n    disagreement\n    suicideRisk\n    recordedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanFields on ReintegrationPlanVersion {\n    id\n    caseId\n    version\n    status\n    guardianRequired\n    personSignedAt\n    caseManagerSignedAt\n    guardianSignedAt\n    signedAt\n    createdAt\n    updatedAt\n    objectives {\n      area\n      objective\n      actions {\n        description\n        responsible\n        responsibleUserId\n        reviewDate\n        successIndicator\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PlanFields on ReintegrationPlanVersion {\n    id\n    caseId\n    version\n    status\n    guardianRequired\n    personSignedAt\n    caseManagerSignedAt\n    guardianSignedAt\n    signedAt\n    createdAt\n    updatedAt\n    objectives {\n      area\n      objective\n      actions {\n        description\n        responsible\n        responsibleUserId\n        reviewDate\n        successIndicator\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasesAssessmentAreas($locale: String!) {\n    assessmentAreas(locale: $locale) {\n      area\n      label\n      category\n      summaryCodes {\n        code\n        label\n      }\n    }\n    legalProblemTypes(locale: $locale) {\n      code\n      label\n    }\n  }\n"): (typeof documents)["\n  query CasesAssessmentAreas($locale: String!) {\n    assessmentAreas(locale: $locale) {\n      area\n      label\n      category\n      summaryCodes {\n        code\n        label\n      }\n    }\n    legalProblemTypes(locale: $locale) {\n      code\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasesShelterUsers {\n    users {\n      id\n      username\n      roles\n      teamFunction\n    }\n  }\n"): (typeof documents)["\n  query CasesShelterUsers {\n    users {\n      id\n      username\n      roles\n      teamFunction\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasesAdmit($input: AdmitToCaseInput!) {\n    admitToCase(input: $input) {\n      ...CaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation CasesAdmit($input: AdmitToCaseInput!) {\n    admitToCase(input: $input) {\n      ...CaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasesAssignCaseManager($input: AssignCaseManagerInput!) {\n    assignCaseManager(input: $input) {\n      ...CaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation CasesAssignCaseManager($input: AssignCaseManagerInput!) {\n    assignCaseManager(input: $input) {\n      ...CaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasesSetTeam($input: SetCaseTeamInput!) {\n    setCaseTeam(input: $input) {\n      ...CaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation CasesSetTeam($input: SetCaseTeamInput!) {\n    setCaseTeam(input: $input) {\n      ...CaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasesMovePhase($input: MoveCasePhaseInput!) {\n    moveCasePhase(input: $input) {\n      ...CaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation CasesMovePhase($input: MoveCasePhaseInput!) {\n    moveCasePhase(input: $input) {\n      ...CaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasesStartFollowUp($caseId: ID!) {\n    startFollowUp(caseId: $caseId) {\n      ...CaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation CasesStartFollowUp($caseId: ID!) {\n    startFollowUp(caseId: $caseId) {\n      ...CaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasesClose($input: CloseCaseInput!) {\n    closeCase(input: $input) {\n      ...CaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation CasesClose($input: CloseCaseInput!) {\n    closeCase(input: $input) {\n      ...CaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasesRecordAssessment($input: RecordNeedsAssessmentInput!) {\n    recordNeedsAssessment(input: $input) {\n      ...AssessmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation CasesRecordAssessment($input: RecordNeedsAssessmentInput!) {\n    recordNeedsAssessment(input: $input) {\n      ...AssessmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasesSavePlan($input: SaveReintegrationPlanInput!) {\n    saveReintegrationPlan(input: $input) {\n      ...PlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation CasesSavePlan($input: SaveReintegrationPlanInput!) {\n    saveReintegrationPlan(input: $input) {\n      ...PlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasesSignPlan($input: SignReintegrationPlanInput!) {\n    signReintegrationPlan(input: $input) {\n      ...PlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation CasesSignPlan($input: SignReintegrationPlanInput!) {\n    signReintegrationPlan(input: $input) {\n      ...PlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasesPlanPdf($planId: ID!, $locale: PlanPdfLocale!) {\n    reintegrationPlanPdf(planId: $planId, locale: $locale) {\n      filename\n      contentType\n      base64\n    }\n  }\n"): (typeof documents)["\n  query CasesPlanPdf($planId: ID!, $locale: PlanPdfLocale!) {\n    reintegrationPlanPdf(planId: $planId, locale: $locale) {\n      filename\n      contentType\n      base64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasesRecordContact($input: RecordMonitoringContactInput!) {\n    recordMonitoringContact(input: $input) {\n      contact {\n        id\n        caseId\n        mode\n        areas\n        notes\n        contactedAt\n        phase\n      }\n      nextContactDueAt\n    }\n  }\n"): (typeof documents)["\n  mutation CasesRecordContact($input: RecordMonitoringContactInput!) {\n    recordMonitoringContact(input: $input) {\n      contact {\n        id\n        caseId\n        mode\n        areas\n        notes\n        contactedAt\n        phase\n      }\n      nextContactDueAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasesComplaints($first: Int!) {\n    complaints(first: $first) {\n      id\n      caseId\n      anonymous\n      channel\n      addressee\n      aspect\n      description\n      lodgedAt\n      outcome\n      outcomeNote\n      outcomeRecordedAt\n    }\n  }\n"): (typeof documents)["\n  query CasesComplaints($first: Int!) {\n    complaints(first: $first) {\n      id\n      caseId\n      anonymous\n      channel\n      addressee\n      aspect\n      description\n      lodgedAt\n      outcome\n      outcomeNote\n      outcomeRecordedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasesLodgeComplaint($input: LodgeComplaintInput!) {\n    lodgeComplaint(input: $input) {\n      id\n      anonymous\n      addressee\n      lodgedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CasesLodgeComplaint($input: LodgeComplaintInput!) {\n    lodgeComplaint(input: $input) {\n      id\n      anonymous\n      addressee\n      lodgedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasesComplaintOutcome($input: RecordComplaintOutcomeInput!) {\n    recordComplaintOutcome(input: $input) {\n      id\n      outcome\n      outcomeNote\n      outcomeRecordedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CasesComplaintOutcome($input: RecordComplaintOutcomeInput!) {\n    recordComplaintOutcome(input: $input) {\n      id\n      outcome\n      outcomeNote\n      outcomeRecordedAt\n    }\n  }\n"];
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
export function graphql(source: "\n  query Deadlines($first: Int!, $after: String, $filter: DeadlineFilter) {\n    deadlines(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          id\n          kind\n          subjectRef\n          subjectId\n          ownerAgencyId\n          dueAt\n          state\n          closedAt\n          escalatedAt\n          metBy\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Deadlines($first: Int!, $after: String, $filter: DeadlineFilter) {\n    deadlines(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          id\n          kind\n          subjectRef\n          subjectId\n          ownerAgencyId\n          dueAt\n          state\n          closedAt\n          escalatedAt\n          metBy\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxClocks($agencyId: String, $state: DeadlineState!) {\n    deadlines(first: 100, filter: { state: $state, agencyId: $agencyId }) {\n      edges {\n        node {\n          id\n          kind\n          subjectId\n          dueAt\n          state\n          closedAt\n          metBy\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InboxClocks($agencyId: String, $state: DeadlineState!) {\n    deadlines(first: 100, filter: { state: $state, agencyId: $agencyId }) {\n      edges {\n        node {\n          id\n          kind\n          subjectId\n          dueAt\n          state\n          closedAt\n          metBy\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxAcknowledgements {\n    myNotifications(first: 200) {\n      id\n      kind\n      subjectId\n      dueAt\n      acknowledgedBy\n      acknowledgedAt\n    }\n  }\n"): (typeof documents)["\n  query InboxAcknowledgements {\n    myNotifications(first: 200) {\n      id\n      kind\n      subjectId\n      dueAt\n      acknowledgedBy\n      acknowledgedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeIdentification($identificationId: ID!) {\n    acknowledgeIdentification(identificationId: $identificationId) {\n      id\n      kind\n      subjectRef\n      subjectId\n      dueAt\n      state\n      closedAt\n      metBy\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeIdentification($identificationId: ID!) {\n    acknowledgeIdentification(identificationId: $identificationId) {\n      id\n      kind\n      subjectRef\n      subjectId\n      dueAt\n      state\n      closedAt\n      metBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeadlineAgencies($locale: String!) {\n    agencies(locale: $locale) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query DeadlineAgencies($locale: String!) {\n    agencies(locale: $locale) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeadlinePerson($reference: String!) {\n    personByReference(reference: $reference) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query DeadlinePerson($reference: String!) {\n    personByReference(reference: $reference) {\n      id\n    }\n  }\n"];
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
export function graphql(source: "\n  query FailedJobs($first: Int, $after: String, $filter: FailedJobsFilter) {\n    failedJobs(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          id\n          service\n          queue\n          kind\n          name\n          failedReason\n          attemptsMade\n          failedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query FailedJobs($first: Int, $after: String, $filter: FailedJobsFilter) {\n    failedJobs(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          id\n          service\n          queue\n          kind\n          name\n          failedReason\n          attemptsMade\n          failedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryFailedJob($service: String!, $queue: String!, $id: String!) {\n    retryFailedJob(service: $service, queue: $queue, id: $id)\n  }\n"): (typeof documents)["\n  mutation RetryFailedJob($service: String!, $queue: String!, $id: String!) {\n    retryFailedJob(service: $service, queue: $queue, id: $id)\n  }\n"];
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
export function graphql(source: "\n  query MyNotificationPreferences {\n    myNotificationPreferences {\n      emailKinds\n      alwaysEmailedKinds\n      language\n    }\n  }\n"): (typeof documents)["\n  query MyNotificationPreferences {\n    myNotificationPreferences {\n      emailKinds\n      alwaysEmailedKinds\n      language\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) {\n      emailKinds\n      alwaysEmailedKinds\n      language\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) {\n      emailKinds\n      alwaysEmailedKinds\n      language\n    }\n  }\n"];
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
export function graphql(source: "\n  query StatisticsRegions($locale: String!) {\n    regions(locale: $locale) {\n      code\n      label\n    }\n  }\n"): (typeof documents)["\n  query StatisticsRegions($locale: String!) {\n    regions(locale: $locale) {\n      code\n      label\n    }\n  }\n"];
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
export function graphql(source: "\n  query MyNotifications($first: Int!) {\n    myNotifications(first: $first) {\n      id\n      kind\n      subjectRef\n      subjectId\n      createdAt\n      readAt\n      dueAt\n      deadlineKind\n      acknowledgedBy\n      acknowledgedAt\n    }\n  }\n"): (typeof documents)["\n  query MyNotifications($first: Int!) {\n    myNotifications(first: $first) {\n      id\n      kind\n      subjectRef\n      subjectId\n      createdAt\n      readAt\n      dueAt\n      deadlineKind\n      acknowledgedBy\n      acknowledgedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveIdentificationDraft($input: SaveIdentificationDraftInput!) {\n    saveIdentificationDraft(input: $input) {\n      id\n      clientRequestId\n      updatedAt\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation SaveIdentificationDraft($input: SaveIdentificationDraftInput!) {\n    saveIdentificationDraft(input: $input) {\n      id\n      clientRequestId\n      updatedAt\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyIdentificationDrafts {\n    myIdentificationDrafts {\n      id\n      clientRequestId\n      payload\n      createdAt\n      updatedAt\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query MyIdentificationDrafts {\n    myIdentificationDrafts {\n      id\n      clientRequestId\n      payload\n      createdAt\n      updatedAt\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdentificationDraft($id: ID!) {\n    identificationDraft(id: $id) {\n      id\n      clientRequestId\n      payload\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query IdentificationDraft($id: ID!) {\n    identificationDraft(id: $id) {\n      id\n      clientRequestId\n      payload\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscardIdentificationDraft($id: ID!) {\n    discardIdentificationDraft(id: $id)\n  }\n"): (typeof documents)["\n  mutation DiscardIdentificationDraft($id: ID!) {\n    discardIdentificationDraft(id: $id)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;