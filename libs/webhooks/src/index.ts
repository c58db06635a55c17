// @deployguard/webhooks: signed event notifications (SPEC §8). The notifier records deliveries,
// the dispatcher sends them with retries; receivers verify with verifyWebhookSignature().
// Everything but webhooks.module.ts is framework-free.
export * from './webhook.types';
export * from './webhook-signature';
export * from './webhook-url.policy';
export * from './webhook-payload';
export * from './webhook-delivery.presenter';
export * from './webhook.notifier';
export * from './webhook-http.client';
export * from './webhook.dispatcher';
export * from './webhook.metrics';
export * from './webhooks.module';
