import { graphql } from '../../gql';

/** The shelter's incoming referrals still waiting for an answer (the API serves a provider only its own). */
export const IncomingReferralsQuery = graphql(`
  query CasesIncomingReferrals($first: Int!, $after: String) {
    referrals(first: $first, after: $after, filter: { status: PENDING }) {
      edges {
        node {
          id
          reference
          status
          urgent
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const RespondToReferralMutation = graphql(`
  mutation CasesRespondToReferral($input: RespondToReferralInput!) {
    respondToReferral(input: $input) {
      id
      status
      caseId
      declineReason
    }
  }
`);

export const CaseListQuery = graphql(`
  query CasesList($first: Int!, $after: String) {
    cases(first: $first, after: $after) {
      edges {
        node {
          id
          reference
          status
          phase
          openedAt
          assessmentsDueAt
          nextMonitoringContactDueAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CaseFields = graphql(`
  fragment CaseFields on Case {
    id
    reference
    status
    phase
    openedAt
    admittedAt
    placementType
    assessmentsDueAt
    caseManagerId
    teamMemberIds
    phaseStartedAt
    phaseReviewDueAt
    followUpStartedAt
    closedAt
    closureType
    closureReviewNotes
    nextMonitoringContactDueAt
  }
`);

/**
 * The case, and its person's id: null (with the error at its path) once the shelter no longer reads the person. The
 * person's records come separately (CaseRecordsQuery).
 */
export const CaseQuery = graphql(`
  query CasesCase($id: ID!) {
    case(id: $id) {
      ...CaseFields
      person {
        id
      }
    }
  }
`);

export const CaseRecordsQuery = graphql(`
  query CasesRecords($personId: ID!) {
    person(id: $personId) {
      id
      reference
      summary {
        isChild
      }
      health {
        assessments {
          ...AssessmentFields
        }
      }
      psychosocial {
        assessments {
          ...AssessmentFields
        }
      }
      legal {
        assessments {
          ...AssessmentFields
        }
      }
      family {
        assessments {
          ...AssessmentFields
        }
      }
      educationEmployment {
        assessments {
          ...AssessmentFields
        }
      }
      security {
        assessments {
          ...AssessmentFields
        }
      }
      accommodation {
        assessments {
          ...AssessmentFields
        }
      }
      reintegrationPlans {
        ...PlanFields
      }
      monitoringContacts {
        id
        caseId
        mode
        areas
        notes
        contactedAt
        phase
      }
    }
  }
`);

export const AssessmentFields = graphql(`
  fragment AssessmentFields on NeedsAssessmentEntry {
    id
    area
    summary
    legalProblems
    notes
    disagreement
    suicideRisk
    recordedAt
  }
`);

export const PlanFields = graphql(`
  fragment PlanFields on ReintegrationPlanVersion {
    id
    caseId
    version
    status
    guardianRequired
    personSignedAt
    caseManagerSignedAt
    guardianSignedAt
    signedAt
    createdAt
    updatedAt
    objectives {
      area
      objective
      actions {
        description
        responsible
        responsibleUserId
        reviewDate
        successIndicator
      }
    }
  }
`);

export const AssessmentAreasQuery = graphql(`
  query CasesAssessmentAreas($locale: String!) {
    assessmentAreas(locale: $locale) {
      area
      label
      category
      summaryCodes {
        code
        label
      }
    }
    legalProblemTypes(locale: $locale) {
      code
      label
    }
  }
`);

/** The shelter's people the caller may pick (case managers, the head, staff with a team function). */
export const ShelterUsersQuery = graphql(`
  query CasesShelterUsers {
    users {
      id
      username
      roles
      teamFunction
    }
  }
`);

export const AdmitToCaseMutation = graphql(`
  mutation CasesAdmit($input: AdmitToCaseInput!) {
    admitToCase(input: $input) {
      ...CaseFields
    }
  }
`);

export const AssignCaseManagerMutation = graphql(`
  mutation CasesAssignCaseManager($input: AssignCaseManagerInput!) {
    assignCaseManager(input: $input) {
      ...CaseFields
    }
  }
`);

export const SetCaseTeamMutation = graphql(`
  mutation CasesSetTeam($input: SetCaseTeamInput!) {
    setCaseTeam(input: $input) {
      ...CaseFields
    }
  }
`);

export const MoveCasePhaseMutation = graphql(`
  mutation CasesMovePhase($input: MoveCasePhaseInput!) {
    moveCasePhase(input: $input) {
      ...CaseFields
    }
  }
`);

export const StartFollowUpMutation = graphql(`
  mutation CasesStartFollowUp($caseId: ID!) {
    startFollowUp(caseId: $caseId) {
      ...CaseFields
    }
  }
`);

export const CloseCaseMutation = graphql(`
  mutation CasesClose($input: CloseCaseInput!) {
    closeCase(input: $input) {
      ...CaseFields
    }
  }
`);

export const RecordNeedsAssessmentMutation = graphql(`
  mutation CasesRecordAssessment($input: RecordNeedsAssessmentInput!) {
    recordNeedsAssessment(input: $input) {
      ...AssessmentFields
    }
  }
`);

export const SavePlanMutation = graphql(`
  mutation CasesSavePlan($input: SaveReintegrationPlanInput!) {
    saveReintegrationPlan(input: $input) {
      ...PlanFields
    }
  }
`);

export const SignPlanMutation = graphql(`
  mutation CasesSignPlan($input: SignReintegrationPlanInput!) {
    signReintegrationPlan(input: $input) {
      ...PlanFields
    }
  }
`);

export const PlanPdfQuery = graphql(`
  query CasesPlanPdf($planId: ID!, $locale: PlanPdfLocale!) {
    reintegrationPlanPdf(planId: $planId, locale: $locale) {
      filename
      contentType
      base64
    }
  }
`);

export const RecordMonitoringContactMutation = graphql(`
  mutation CasesRecordContact($input: RecordMonitoringContactInput!) {
    recordMonitoringContact(input: $input) {
      contact {
        id
        caseId
        mode
        areas
        notes
        contactedAt
        phase
      }
      nextContactDueAt
    }
  }
`);

export const ComplaintsQuery = graphql(`
  query CasesComplaints($first: Int!) {
    complaints(first: $first) {
      id
      caseId
      anonymous
      channel
      addressee
      aspect
      description
      lodgedAt
      outcome
      outcomeNote
      outcomeRecordedAt
    }
  }
`);

export const LodgeComplaintMutation = graphql(`
  mutation CasesLodgeComplaint($input: LodgeComplaintInput!) {
    lodgeComplaint(input: $input) {
      id
      anonymous
      addressee
      lodgedAt
    }
  }
`);

export const RecordComplaintOutcomeMutation = graphql(`
  mutation CasesComplaintOutcome($input: RecordComplaintOutcomeInput!) {
    recordComplaintOutcome(input: $input) {
      id
      outcome
      outcomeNote
      outcomeRecordedAt
    }
  }
`);
