import { BrokerUnavailableError, PublishRejectedError } from '@deployguard/messaging';
import { unavailable } from './jobs.errors';

// A publish that failed (broker down, blocked, unconfirmed, unroutable) becomes a 503 with a
// message that says nothing was changed; any other error is rethrown as it is.
export function brokerFailure(error: unknown, what: string): unknown {
  const timedOut = error instanceof Error && /confirm/i.test(error.message) && /time/i.test(error.message);
  if (error instanceof BrokerUnavailableError || error instanceof PublishRejectedError || timedOut) {
    return unavailable('broker', `message broker unavailable: ${what}; try again later`, error);
  }
  return error;
}
