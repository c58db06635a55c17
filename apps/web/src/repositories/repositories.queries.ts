// Registered repositories, their scan runs and webhook deliveries; runs are polled while active.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { Page, Repository, ScanRun, WebhookDelivery } from '../api/views';
import { POLL_MS } from '../jobs/jobs.queries';

export interface RepositoryInput {
  url?: string;
  branch?: string | null;
  credentials_id?: string | null;
  schedule?: string | number;
  webhook_url?: string | null;
  enabled?: boolean;
}

const RUNNING = ['queued', 'running', 'pending'];

export function useRepositories(page: number) {
  return useQuery({
    queryKey: ['repositories', page],
    queryFn: () =>
      unwrap<Page<Repository>>(
        api.GET('/api/v2/repositories', { params: { query: { page, page_size: 20 } } }),
      ),
  });
}

export function useRepository(id: string) {
  return useQuery({
    queryKey: ['repository', id],
    queryFn: () => unwrap<Repository>(api.GET('/api/v2/repositories/{id}', { params: { path: { id } } })),
  });
}

export function useScanRuns(id: string) {
  return useQuery({
    queryKey: ['scan-runs', id],
    queryFn: () =>
      unwrap<Page<ScanRun>>(api.GET('/api/v2/repositories/{id}/scan-runs', { params: { path: { id } } })),
    refetchInterval: (q) => (q.state.data?.items.some((r) => RUNNING.includes(r.status)) ? POLL_MS : false),
  });
}

export function useDeliveries(repositoryId: string) {
  return useQuery({
    queryKey: ['deliveries', repositoryId],
    queryFn: () =>
      unwrap<Page<WebhookDelivery>>(
        api.GET('/api/v2/webhooks/deliveries', { params: { query: { repository_id: repositoryId } } }),
      ),
  });
}

// The document describes the repository bodies loosely (nullable fields without a type, `enabled`
// required at registration although it defaults to true), so these two bodies are cast; the API's
// validation answers for them like for any client.
export function useRegisterRepository() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RepositoryInput & { url: string; schedule: string | number }) =>
      unwrap<Repository>(api.POST('/api/v2/repositories', { body: body as never })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['repositories'] }),
  });
}

export function useUpdateRepository(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RepositoryInput) =>
      unwrap<Repository>(
        api.PATCH('/api/v2/repositories/{id}', { params: { path: { id } }, body: body as never }),
      ),
    onSuccess: (repo) => queryClient.setQueryData(['repository', id], repo),
  });
}

export function useTriggerScan(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap<ScanRun>(api.POST('/api/v2/repositories/{id}/scan', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['scan-runs', id] }),
  });
}

/** A schedule as typed: digits are an interval in seconds, anything else a cron expression. */
export const parseSchedule = (text: string): string | number =>
  /^\d+$/.test(text.trim()) ? Number(text.trim()) : text.trim();
