// POST /jobs/{id}/secrets/select: replaces the job's selection and false-positive marks.
import { conflict, invalidInput } from './jobs.errors';
import type { JobStore, SecretStore } from './jobs.ports';
import { ownedJob } from './get-job.use-case';

export interface SelectSecretsInput {
  userId: string;
  jobId: string;
  secretIds: readonly string[];
  falsePositiveIds?: readonly string[];
}

export interface SelectionView {
  job_id: string;
  selected_count: number;
  false_positive_count: number;
}

const MAX_LISTED_IDS = 10;

export class SelectSecrets {
  constructor(
    private readonly jobs: JobStore,
    private readonly secrets: SecretStore,
  ) {}

  async execute(input: SelectSecretsInput): Promise<SelectionView> {
    const job = await ownedJob(this.jobs, input.jobId, input.userId);
    if (job.status !== 'awaiting_selection') {
      throw conflict(`secrets can be selected only while the job is awaiting_selection; it is ${job.status}`);
    }
    const result = await this.secrets.select(job.id, input.secretIds, input.falsePositiveIds ?? []);
    if (result.unknownIds.length > 0) {
      throw invalidInput(
        `these ids are not secrets of job ${job.id}: ${listIds(result.unknownIds)}`,
        result.unknownIds,
      );
    }
    if (result.conflictingIds.length > 0) {
      throw invalidInput(
        `these ids are both in secret_ids and mark_false_positives: ${listIds(result.conflictingIds)}`,
        result.conflictingIds,
      );
    }
    return { job_id: job.id, selected_count: result.selected, false_positive_count: result.falsePositives };
  }
}

function listIds(ids: readonly string[]): string {
  const shown = ids.slice(0, MAX_LISTED_IDS).join(', ');
  return ids.length > MAX_LISTED_IDS ? `${shown} and ${ids.length - MAX_LISTED_IDS} more` : shown;
}
