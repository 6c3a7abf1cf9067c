import { graphql } from '../../gql';

export const MyPreferencesQuery = graphql(`
  query MyNotificationPreferences {
    myNotificationPreferences {
      emailKinds
      alwaysEmailedKinds
      language
    }
  }
`);

export const SetPreferencesMutation = graphql(`
  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {
    setNotificationPreferences(input: $input) {
      emailKinds
      alwaysEmailedKinds
      language
    }
  }
`);
