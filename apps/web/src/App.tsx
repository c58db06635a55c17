// The panel's frame: skip link, navigation, the development identity, and the routes.
import { Link, Route, Switch } from 'wouter';
import { DevIdentity } from './ui/DevIdentity';
import { JobsPage } from './jobs/JobsPage';
import { JobPage } from './jobs/JobPage';
import { RepositoriesPage } from './repositories/RepositoriesPage';
import { RepositoryPage } from './repositories/RepositoryPage';

export function App() {
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <Link href="/" className="brand">
          DeployGuard
        </Link>
        <nav aria-label="Main">
          <Link href="/">Jobs</Link>
          <Link href="/repositories">Repositories</Link>
        </nav>
        <DevIdentity />
      </header>
      <main id="main" tabIndex={-1}>
        <Switch>
          <Route path="/" component={JobsPage} />
          <Route path="/jobs/:id">{(p) => <JobPage id={p.id} />}</Route>
          <Route path="/repositories" component={RepositoriesPage} />
          <Route path="/repositories/:id">{(p) => <RepositoryPage id={p.id} />}</Route>
          <Route>
            <h1>Not found</h1>
            <p>
              There is no such page. <Link href="/">Back to the jobs</Link>
            </p>
          </Route>
        </Switch>
      </main>
    </>
  );
}
