// deployguard_webhook_deliveries_total{event, outcome} on prom-client's default registry (the API
// merges it into /metrics). One increment per attempt: outcome is succeeded, retried or failed,
// so succeeded + failed counts finished deliveries and retried counts the attempts that will repeat.
import { Counter, register } from 'prom-client';

export type DeliveryOutcome = 'succeeded' | 'retried' | 'failed';
export const WEBHOOK_DELIVERIES_METRIC = 'deployguard_webhook_deliveries_total';

export function webhookDeliveriesCounter(): Counter<'event' | 'outcome'> {
  // several apps in one process (tests) share the default registry: register once
  const existing = register.getSingleMetric(WEBHOOK_DELIVERIES_METRIC);
  if (existing) return existing as Counter<'event' | 'outcome'>;
  return new Counter({
    name: WEBHOOK_DELIVERIES_METRIC,
    help: 'Webhook delivery attempts by event and outcome (succeeded, retried, failed)',
    labelNames: ['event', 'outcome'] as const,
  });
}
