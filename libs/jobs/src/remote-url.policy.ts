// SPEC §6 applied to the URLs a user submits, under the one policy of @deployguard/git
// (remoteUrlPolicy) that the worker and the webhooks use too.
import type { AppConfig } from '@deployguard/config';
import { RemoteUrlError, remoteUrlPolicy, validateRemoteUrl } from '@deployguard/git';
import { validateWebhookUrl, WebhookUrlError } from '@deployguard/webhooks';
import { invalidInput } from './jobs.errors';

export const PLATFORMS = ['github', 'gitlab', 'bitbucket', 'azure', 'generic'] as const;
export type Platform = (typeof PLATFORMS)[number];

// Returns the URL to store: normalised, without user-info secrets. A URL carrying a password or
// token is refused rather than scrubbed, so a client learns to send a credentials id instead.
export async function checkRemoteUrl(
  field: string,
  url: string,
  config: Pick<AppConfig, 'git'>,
): Promise<string> {
  try {
    const remote = await validateRemoteUrl(url, remoteUrlPolicy(config));
    const credentialsField = `${field.replace(/_url$/, '')}_credentials_id`;
    if (remote.credentials?.password) {
      throw invalidInput(`${field} must not contain a password or token; pass ${credentialsField} instead`);
    }
    // Stored URLs never hold user-info (a database constraint says so for http and https).
    if (remote.credentials?.username && (remote.kind === 'https' || remote.kind === 'http')) {
      throw invalidInput(
        `${field} must not contain a user name or password (https://user@… given); pass ${credentialsField} instead`,
      );
    }
    return remote.url;
  } catch (error) {
    if (error instanceof RemoteUrlError) throw invalidInput(`${field}: ${error.message}`);
    throw error;
  }
}

// A webhook URL (of a job or a registered repository): https, no user-info, no private address
// unless allowed. It is checked again at every delivery (DNS may change).
export async function checkWebhookUrl(url: string, config: Pick<AppConfig, 'git'>): Promise<string> {
  try {
    return await validateWebhookUrl(url, remoteUrlPolicy(config));
  } catch (error) {
    if (error instanceof WebhookUrlError) throw invalidInput(error.message);
    throw error;
  }
}
