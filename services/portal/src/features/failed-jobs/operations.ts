import { graphql } from '../../gql';

export const FailedJobsQuery = graphql(`
  query FailedJobs($first: Int, $after: String, $filter: FailedJobsFilter) {
    failedJobs(first: $first, after: $after, filter: $filter) {
      edges {
        node {
          id
          service
          queue
          kind
          name
          failedReason
          attemptsMade
          failedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const RetryFailedJobMutation = graphql(`
  mutation RetryFailedJob($service: String!, $queue: String!, $id: String!) {
    retryFailedJob(service: $service, queue: $queue, id: $id)
  }
`);
