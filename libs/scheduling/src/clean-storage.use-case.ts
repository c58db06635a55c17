// Daily: objects under repos/, reports/ and cleaned/ whose job id names no live job (no row, or
// expired, or cancelled), and scan states of repositories that no longer exist, are deleted.
// Keys that do not follow the {area}/{uuid}/… layout are not ours to judge: counted, left alone.
import { isUuid } from '@deployguard/persistence';
import { SCAN_STATE_AREA, STORAGE_AREAS } from '@deployguard/storage';
import type { SchedulerObjectStore, SchedulerRunStore, SchedulingLogger } from './scheduling.ports';

export interface CleanStorageResult {
  orphan_prefixes: number;
  objects_deleted: number;
  kept_prefixes: number;
  unrecognized_keys: number;
}

export class CleanStorage {
  constructor(
    private readonly storage: SchedulerObjectStore,
    private readonly lookups: Pick<SchedulerRunStore, 'liveJobIds' | 'existingRepositoryIds'>,
    private readonly logger: SchedulingLogger,
  ) {}

  async execute(): Promise<CleanStorageResult> {
    const result: CleanStorageResult = {
      orphan_prefixes: 0,
      objects_deleted: 0,
      kept_prefixes: 0,
      unrecognized_keys: 0,
    };
    for (const area of STORAGE_AREAS)
      await this.cleanArea(`${area}/`, (ids) => this.lookups.liveJobIds(ids), result);
    await this.cleanArea(SCAN_STATE_AREA, (ids) => this.lookups.existingRepositoryIds(ids), result);
    return result;
  }

  private async cleanArea(
    areaPrefix: string,
    keep: (ids: string[]) => Promise<Set<string>>,
    result: CleanStorageResult,
  ): Promise<void> {
    const owners = new Set<string>();
    for (const object of await this.storage.listPrefix(areaPrefix)) {
      const [owner, ...rest] = object.key.slice(areaPrefix.length).split('/');
      if (isUuid(owner) && owner === owner.toLowerCase() && rest.length > 0) owners.add(owner);
      else result.unrecognized_keys++;
    }
    const ids = [...owners];
    const live = new Set<string>();
    for (let i = 0; i < ids.length; i += 1000)
      for (const id of await keep(ids.slice(i, i + 1000))) live.add(id);
    for (const id of ids) {
      if (live.has(id)) {
        result.kept_prefixes++;
        continue;
      }
      const deleted = await this.storage.deletePrefix(`${areaPrefix}${id}/`);
      result.orphan_prefixes++;
      result.objects_deleted += deleted;
      this.logger.info({ prefix: `${areaPrefix}${id}/`, objects: deleted }, 'orphaned objects deleted');
    }
  }
}
