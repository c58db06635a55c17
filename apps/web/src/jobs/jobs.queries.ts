// Every job request of the panel, as react-query hooks; an active job is polled every 2 s.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { CleanReport, Job, JobDetail, JobStatus, Page, SelectionResult } from '../api/views';
import { isActive } from '../ui/states';
import type { Platform } from './platforms';

export const POLL_MS = 2000;

export function useJobs(page: number, status: JobStatus | '') {
  return useQuery({
    queryKey: ['jobs', page, status],
    queryFn: () =>
      unwrap<Page<Job>>(
        api.GET('/api/v2/jobs', {
          params: { query: { page, page_size: 20, ...(status ? { status } : {}) } },
        }),
      ),
    refetchInterval: (q) => (q.state.data?.items.some((j) => isActive(j.status)) ? POLL_MS : false),
  });
}

export function useJob(id: string) {
  return useQuery({
    queryKey: ['job', id],
    queryFn: () => unwrap<JobDetail>(api.GET('/api/v2/jobs/{id}', { params: { path: { id } } })),
    refetchInterval: (q) => (q.state.data && isActive(q.state.data.job.status) ? POLL_MS : false),
  });
}

export function useCleanReport(id: string, status: JobStatus) {
  return useQuery({
    queryKey: ['clean-report', id, status],
    queryFn: () =>
      unwrap<CleanReport>(api.GET('/api/v2/jobs/{id}/clean-report', { params: { path: { id } } })),
  });
}

export function useCreateJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: {
      source_platform: Platform;
      source_url: string;
      source_branch?: string;
      source_credentials_id: string;
    }) => unwrap<{ id: string }>(api.POST('/api/v2/jobs', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['jobs'] }),
  });
}

export function useCancelJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap<Job>(api.DELETE('/api/v2/jobs/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['jobs'] }),
  });
}

export function useSaveSelection(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { secret_ids: string[]; mark_false_positives: string[] }) =>
      unwrap<SelectionResult>(
        api.POST('/api/v2/jobs/{id}/secrets/select', { params: { path: { id } }, body }),
      ),
    // the job's findings now carry the saved marks (the clean counts them)
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['job', id] }),
  });
}

export function useStartClean(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap<Job>(api.POST('/api/v2/jobs/{id}/clean', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['job', id] }),
  });
}

export function useStartPush(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: {
      target_platform: Platform;
      target_url: string;
      target_credentials_id: string;
      force_push: boolean;
    }) => unwrap<Job>(api.POST('/api/v2/jobs/{id}/push', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['job', id] }),
  });
}

/** A short-lived URL of the cleaned zip or bundle; the browser then downloads it from storage. */
export function downloadUrl(id: string, format: 'zip' | 'bundle'): Promise<string> {
  return unwrap<{ url: string }>(
    api.GET('/api/v2/jobs/{id}/download-url', { params: { path: { id }, query: { format } } }),
  ).then((r) => r.url);
}
