import { graphql } from '../../gql';

export const ProviderFields = graphql(`
  fragment ProviderFields on ServiceProvider {
    id
    agencyId
    name
    authorised
    placesTotal
    placesFree
    placesTaken
    placesOverCapacity
    serves
    services
    region
    agencyType
  }
`);

export const DirectoryQuery = graphql(`
  query Directory($locale: String!) {
    serviceProviders {
      ...ProviderFields
    }
    agencies(locale: $locale) {
      id
      name
      type
      region
    }
    regions(locale: $locale) {
      code
      label
    }
  }
`);

export const DirectoryUsersQuery = graphql(`
  query DirectoryUsers {
    users {
      id
      username
      roles
      agencyId
      region
    }
  }
`);

export const ProviderChangesQuery = graphql(`
  query ProviderChanges($providerId: ID!) {
    serviceProviderChanges(providerId: $providerId) {
      id
      change
      changedByUsername
      changedByRole
      changedAt
      reason
    }
  }
`);

export const CreateProviderMutation = graphql(`
  mutation CreateServiceProvider($input: CreateServiceProviderInput!) {
    createServiceProvider(input: $input) {
      ...ProviderFields
    }
  }
`);

export const UpdateProviderMutation = graphql(`
  mutation UpdateServiceProvider($input: UpdateServiceProviderInput!) {
    updateServiceProvider(input: $input) {
      ...ProviderFields
    }
  }
`);

export const SetAuthorisationMutation = graphql(`
  mutation SetServiceProviderAuthorisation($input: SetServiceProviderAuthorisationInput!) {
    setServiceProviderAuthorisation(input: $input) {
      ...ProviderFields
    }
  }
`);
