import { graphql } from '../../gql';

export const FormalIdentificationFields = graphql(`
  fragment FormalIdentificationFields on FormalIdentification {
    id
    personId
    status
    requestedAt
    dueAt
    statementOfWillingness
    policeMemberId
    socialMemberId
    convenedAt
    scheduledAt
    interviewStartedAt
    interviewEndedAt
    outcome
    reasons
    concludedAt
    criminalReports {
      id
      reportedAt
    }
  }
`);

/** A group member's own groups (newest first). */
export const MyFormalIdentificationsQuery = graphql(`
  query MyFormalIdentifications {
    myFormalIdentifications {
      ...FormalIdentificationFields
    }
  }
`);

/** The RA finds a person by NRM reference, then reads the person's requests. */
export const PersonByReferenceQuery = graphql(`
  query FormalIdentificationPerson($reference: String!) {
    personByReference(reference: $reference) {
      id
      reference
    }
  }
`);

export const PersonFormalIdentificationsQuery = graphql(`
  query PersonFormalIdentifications($personId: ID!) {
    formalIdentifications(personId: $personId) {
      ...FormalIdentificationFields
    }
  }
`);

export const FormalIdentificationQuery = graphql(`
  query FormalIdentification($id: ID!) {
    formalIdentification(id: $id) {
      ...FormalIdentificationFields
    }
  }
`);

/** Who the RA may pick for the group: police members, social-service members, child protection workers. */
export const GroupCandidatesQuery = graphql(`
  query GroupCandidates {
    police: users(filter: { role: FORMAL_ID_POLICE }) {
      id
      username
      agencyId
      region
    }
    social: users(filter: { role: FORMAL_ID_SOCIAL }) {
      id
      username
      agencyId
      region
    }
    childProtection: users(filter: { role: CHILD_PROTECTION_WORKER }) {
      id
      username
      agencyId
      region
    }
  }
`);

export const ConveneGroupMutation = graphql(`
  mutation ConveneFormalIdentificationGroup($input: ConveneFormalIdentificationGroupInput!) {
    conveneFormalIdentificationGroup(input: $input) {
      ...FormalIdentificationFields
    }
  }
`);

export const RecordInterviewMutation = graphql(`
  mutation RecordFormalInterview($input: RecordFormalInterviewInput!) {
    recordFormalInterview(input: $input) {
      ...FormalIdentificationFields
    }
  }
`);

export const RecordCriminalReportMutation = graphql(`
  mutation RecordCriminalReport($input: RecordCriminalReportInput!) {
    recordCriminalReport(input: $input) {
      id
      reportedAt
    }
  }
`);

export const RecordConclusionMutation = graphql(`
  mutation RecordFormalIdentificationConclusion($input: RecordFormalIdentificationConclusionInput!) {
    recordFormalIdentificationConclusion(input: $input) {
      ...FormalIdentificationFields
    }
  }
`);
