// GET /repositories, GET /repositories/{id}, DELETE /repositories/{id}, GET /{id}/scan-runs.
// Every read is scoped to the caller: another user's repository is a 404 like a missing one.
import type { PageView } from '@deployguard/jobs';
import { scanStatePrefix } from '@deployguard/storage';
import {
  toRepositoryView,
  toScanRunView,
  type RepositoryView,
  type ScanRunView,
} from './repository.presenter';
import { repositoryNotFound } from './repository-input';
import type {
  RepositoryStore,
  ScanRunStore,
  SchedulerObjectStore,
  SchedulingLogger,
} from './scheduling.ports';

export interface PageQuery {
  userId: string;
  page?: number;
  pageSize?: number;
}

export class ListRepositories {
  constructor(private readonly repositories: RepositoryStore) {}

  async execute(input: PageQuery): Promise<PageView<RepositoryView>> {
    const page = await this.repositories.listForUser(input.userId, input);
    return {
      items: page.items.map(toRepositoryView),
      total: page.total,
      page: page.page,
      page_size: page.pageSize,
    };
  }
}

export class GetRepository {
  constructor(private readonly repositories: RepositoryStore) {}

  async execute(input: { userId: string; repositoryId: string }): Promise<RepositoryView> {
    const found = await this.repositories.findForUser(input.repositoryId, input.userId);
    if (!found) throw repositoryNotFound(input.repositoryId);
    return toRepositoryView(found);
  }
}

export class DeleteRepository {
  constructor(
    private readonly repositories: RepositoryStore,
    private readonly storage: SchedulerObjectStore,
    private readonly logger: SchedulingLogger,
  ) {}

  // Its scan runs go with it (cascade); its jobs stay, as the user's jobs, until they expire.
  async execute(input: { userId: string; repositoryId: string }): Promise<{ id: string; deleted: true }> {
    if (!(await this.repositories.deleteForUser(input.repositoryId, input.userId)))
      throw repositoryNotFound(input.repositoryId);
    // best effort: the storage clean-up removes a state left behind
    await this.storage
      .deletePrefix(scanStatePrefix(input.repositoryId))
      .catch((err: Error) =>
        this.logger.warn(
          { repository_id: input.repositoryId, error: err.message },
          'scan state of a deleted repository not deleted; the storage clean-up will',
        ),
      );
    return { id: input.repositoryId, deleted: true };
  }
}

export class ListScanRuns {
  constructor(
    private readonly repositories: RepositoryStore,
    private readonly scanRuns: ScanRunStore,
  ) {}

  async execute(input: PageQuery & { repositoryId: string }): Promise<PageView<ScanRunView>> {
    if (!(await this.repositories.findForUser(input.repositoryId, input.userId)))
      throw repositoryNotFound(input.repositoryId);
    const page = await this.scanRuns.listForRepository(input.repositoryId, input);
    return {
      items: page.items.map(toScanRunView),
      total: page.total,
      page: page.page,
      page_size: page.pageSize,
    };
  }
}
