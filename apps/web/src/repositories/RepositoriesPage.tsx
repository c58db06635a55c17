// Registered repositories: the list and the registration form.
import { useState } from 'react';
import { Link } from 'wouter';
import { Pager } from '../ui/Pager';
import { Empty, ErrorNote, Loading, when } from '../ui/states';
import { RepositoryForm } from './RepositoryForm';
import { useRegisterRepository, useRepositories } from './repositories.queries';

export function RepositoriesPage() {
  const [page, setPage] = useState(1);
  const repos = useRepositories(page);
  const register = useRegisterRepository();
  return (
    <>
      <h1>Registered repositories</h1>
      <RepositoryForm
        title="Register a repository"
        submitLabel="Register"
        pending={register.isPending}
        onSubmit={(input) => register.mutateAsync(input)}
      />
      <section className="card" aria-labelledby="repos-title">
        <h2 id="repos-title">Repositories</h2>
        {repos.isPending ? (
          <Loading what="repositories" />
        ) : repos.isError ? (
          <ErrorNote error={repos.error} retry={() => repos.refetch()} />
        ) : repos.data.items.length === 0 ? (
          <Empty>No registered repositories: register one above to scan it on a schedule.</Empty>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Repository</th>
                  <th scope="col">Schedule</th>
                  <th scope="col">Last scan</th>
                  <th scope="col">Next scan</th>
                </tr>
              </thead>
              <tbody>
                {repos.data.items.map((r) => (
                  <tr key={r.id}>
                    <td data-label="Repository">
                      <Link href={`/repositories/${r.id}`}>{r.url}</Link>
                      <span className="muted"> {r.branch ?? 'all branches'}</span>
                    </td>
                    <td data-label="Schedule">
                      {r.schedule_type === 'interval' ? `every ${r.schedule} s` : (r.schedule ?? '—')}
                      {!r.enabled && <span className="badge">disabled</span>}
                    </td>
                    <td data-label="Last scan">{when(r.last_scan_at)}</td>
                    <td data-label="Next scan">{when(r.next_scan_at)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {repos.data && (
          <Pager
            label="Pages of repositories"
            page={page}
            total={repos.data.total}
            pageSize={repos.data.page_size}
            onPage={setPage}
          />
        )}
      </section>
    </>
  );
}
