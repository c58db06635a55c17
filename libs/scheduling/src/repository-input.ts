// Checks what a user sends for a registered repository: the source URL and the webhook URL under
// the same policy as jobs (SPEC §6), and the schedule.
import { checkRemoteUrl, invalidInput, JobsError } from '@deployguard/jobs';
import type { SchedulingConfig } from './scheduling.ports';

export const repositoryNotFound = (id: string): JobsError =>
  new JobsError('not_found', `repository ${id} not found`);

export async function checkWebhookUrl(url: string, config: Pick<SchedulingConfig, 'git'>): Promise<string> {
  if (!/^https?:\/\//i.test(url))
    throw invalidInput('webhook_url must be an https:// URL (http:// only where local URLs are allowed)');
  return checkRemoteUrl('webhook_url', url, config);
}

export const checkRepositoryUrl = (url: string, config: Pick<SchedulingConfig, 'git'>): Promise<string> =>
  checkRemoteUrl('url', url, config);
