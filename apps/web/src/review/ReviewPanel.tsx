// Review: findings grouped by secret, filters, marks for one finding, a group, or all that match
// the filter, keyboard navigation (↑/↓ or j/k move, Enter opens, c clean, f false positive,
// u undecided, / search), and a detail view. Only previews are ever shown: the API has no values.
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Finding } from '../api/views';
import { Empty, shortSha, when } from '../ui/states';
import {
  filterGroups,
  groupBySecret,
  groupMark,
  NO_FILTER,
  ruleIdsOf,
  type Filter,
  type Mark,
  type SecretGroup,
} from './findings';
import { useMarks } from './use-marks';

const MARK_LABEL: Record<Mark, string> = {
  clean: 'Clean',
  false_positive: 'False positive',
  none: 'Undecided',
};
const KEY_MARK: Record<string, Mark> = { c: 'clean', f: 'false_positive', u: 'none' };

export function ReviewPanel({
  jobId,
  findings,
  editable,
}: {
  jobId: string;
  findings: Finding[];
  editable: boolean;
}) {
  const { marks, mark, save } = useMarks(jobId, findings);
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  const [open, setOpen] = useState<string | null>(null);
  const [detail, setDetail] = useState<Finding | null>(null);
  const [focused, setFocused] = useState(0);
  const groups = useMemo(() => groupBySecret(findings), [findings]);
  const shown = useMemo(() => filterGroups(groups, filter, marks), [groups, filter, marks]);
  const rules = useMemo(() => ruleIdsOf(findings), [findings]);
  const search = useRef<HTMLInputElement>(null);
  const rows = useRef<(HTMLElement | null)[]>([]);
  const matchingIds = shown.flatMap((g) => g.findings.map((f) => f.id));
  const count = (m: Mark) => [...marks.values()].filter((v) => v === m).length;

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if ((event.target as HTMLElement).closest('input, select, textarea')) return;
    const move = (to: number) => {
      event.preventDefault();
      const next = Math.max(0, Math.min(shown.length - 1, to));
      setFocused(next);
      rows.current[next]?.focus();
    };
    const group = shown[focused];
    if (event.key === 'ArrowDown' || event.key === 'j') move(focused + 1);
    else if (event.key === 'ArrowUp' || event.key === 'k') move(focused - 1);
    else if (event.key === '/') {
      event.preventDefault();
      search.current?.focus();
    } else if (group && editable && KEY_MARK[event.key] && (event.target as HTMLElement).dataset.row) {
      event.preventDefault();
      mark(
        group.findings.map((f) => f.id),
        KEY_MARK[event.key],
      );
    }
  };

  if (findings.length === 0) return <Empty>The scan found no secrets.</Empty>;

  return (
    <section className="card review" aria-labelledby="review-title" onKeyDown={onKeyDown}>
      <div className="toolbar">
        <h2 id="review-title">Review</h2>
        <p className="muted">
          {groups.length} secrets in {findings.length} places · {count('clean')} to clean ·{' '}
          {count('false_positive')} false positive
        </p>
        <p className={`save save-${save.kind}`} role="status">
          {save.kind === 'saving' ? 'Saving…' : save.kind === 'saved' ? 'Selection saved' : save.message}
        </p>
      </div>
      <FilterBar filter={filter} rules={rules} onChange={setFilter} searchRef={search} />
      {editable && (
        <div className="bulk" role="group" aria-label="Mark every finding that matches the filter">
          <span>All {matchingIds.length} matching:</span>
          {(['clean', 'false_positive', 'none'] as Mark[]).map((m) => (
            <button key={m} type="button" onClick={() => mark(matchingIds, m)} disabled={!matchingIds.length}>
              {MARK_LABEL[m]}
            </button>
          ))}
        </div>
      )}
      <p className="help">
        Keys: ↑/↓ or j/k move, Enter opens, c clean, f false positive, u undecided, / search.
      </p>
      {shown.length === 0 ? (
        <Empty>No finding matches the filter.</Empty>
      ) : (
        <ul className="groups" aria-label="Secrets">
          {shown.map((group, i) => (
            <GroupRow
              key={group.key}
              group={group}
              state={groupMark(group, marks)}
              marks={marks}
              editable={editable}
              expanded={open === group.key}
              tabIndex={i === focused ? 0 : -1}
              rowRef={(el) => (rows.current[i] = el)}
              onFocus={() => setFocused(i)}
              onToggle={() => setOpen(open === group.key ? null : group.key)}
              onMark={mark}
              onDetail={setDetail}
            />
          ))}
        </ul>
      )}
      {detail && <FindingDetail finding={detail} onClose={() => setDetail(null)} />}
    </section>
  );
}

function FilterBar(props: {
  filter: Filter;
  rules: string[];
  onChange: (f: Filter) => void;
  searchRef: React.RefObject<HTMLInputElement | null>;
}) {
  const { filter, onChange } = props;
  const set = (patch: Partial<Filter>) => onChange({ ...filter, ...patch });
  return (
    <div className="filters" role="search">
      <label>
        Search
        <input
          ref={props.searchRef}
          type="search"
          value={filter.search}
          placeholder="path, rule, commit, author"
          onChange={(e) => set({ search: e.target.value })}
        />
      </label>
      <label>
        Severity
        <select
          value={filter.severity}
          onChange={(e) => set({ severity: e.target.value as Filter['severity'] })}
        >
          {['any', 'critical', 'high', 'medium', 'low'].map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </label>
      <label>
        Confidence
        <select
          value={filter.confidence}
          onChange={(e) => set({ confidence: e.target.value as Filter['confidence'] })}
        >
          {['any', 'high', 'medium', 'low'].map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </label>
      <label>
        Rule
        <select value={filter.rule} onChange={(e) => set({ rule: e.target.value })}>
          <option value="">any</option>
          {props.rules.map((r) => (
            <option key={r}>{r}</option>
          ))}
        </select>
      </label>
      <label>
        Mark
        <select value={filter.mark} onChange={(e) => set({ mark: e.target.value as Filter['mark'] })}>
          <option value="any">any</option>
          {(['clean', 'false_positive', 'none'] as Mark[]).map((m) => (
            <option key={m} value={m}>
              {MARK_LABEL[m]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

function MarkButtons(props: { label: string; state: Mark | 'mixed'; onMark: (m: Mark) => void }) {
  return (
    <span className="marks" role="group" aria-label={props.label}>
      {(['clean', 'false_positive', 'none'] as Mark[]).map((m) => (
        <button
          key={m}
          type="button"
          className={`mark mark-${m}`}
          aria-pressed={props.state === m}
          onClick={() => props.onMark(m)}
        >
          {MARK_LABEL[m]}
        </button>
      ))}
    </span>
  );
}

function GroupRow(props: {
  group: SecretGroup;
  state: Mark | 'mixed';
  marks: ReadonlyMap<string, Mark>;
  editable: boolean;
  expanded: boolean;
  tabIndex: number;
  rowRef: (el: HTMLElement | null) => void;
  onFocus: () => void;
  onToggle: () => void;
  onMark: (ids: string[], m: Mark) => void;
  onDetail: (f: Finding) => void;
}) {
  const { group } = props;
  const ids = group.findings.map((f) => f.id);
  const panel = `group-${group.key}`;
  return (
    <li className={`group mark-${props.state}`} data-group={group.key}>
      <div className="group-head">
        <button
          type="button"
          className="group-toggle"
          data-row="true"
          ref={props.rowRef}
          tabIndex={props.tabIndex}
          onFocus={props.onFocus}
          aria-expanded={props.expanded}
          aria-controls={panel}
          onClick={props.onToggle}
        >
          <code className="preview">{group.preview}</code>
          <span className="type">{group.secretType}</span>
          <span className={`badge sev-${group.severity}`}>{group.severity}</span>
          <span className="badge">{group.confidence} confidence</span>
          <span className="muted">
            {group.findings.length} {group.findings.length === 1 ? 'place' : 'places'} · {group.paths.length}{' '}
            files · {group.commits.length} commits
          </span>
        </button>
        {props.editable ? (
          <MarkButtons
            label={`Mark the secret ${group.preview}`}
            state={props.state}
            onMark={(m) => props.onMark(ids, m)}
          />
        ) : (
          <span className="badge">{props.state === 'mixed' ? 'mixed' : MARK_LABEL[props.state]}</span>
        )}
      </div>
      {props.expanded && (
        <div id={panel} className="table-wrap">
          <table className="findings">
            <caption className="visually-hidden">Places of {group.preview}</caption>
            <thead>
              <tr>
                <th scope="col">Place</th>
                <th scope="col">Rule</th>
                <th scope="col">Commit</th>
                <th scope="col">Author</th>
                <th scope="col">Mark</th>
              </tr>
            </thead>
            <tbody>
              {group.findings.map((f) => (
                <tr key={f.id}>
                  <td data-label="Place">
                    <button type="button" className="link" onClick={() => props.onDetail(f)}>
                      {f.file_path ?? f.location}:{f.line}
                    </button>
                  </td>
                  <td data-label="Rule">{f.rule_id}</td>
                  <td data-label="Commit">
                    <code>{shortSha(f.commit_sha)}</code>
                  </td>
                  <td data-label="Author">{f.author ?? '—'}</td>
                  <td data-label="Mark">
                    {props.editable ? (
                      <MarkButtons
                        label={`Mark ${f.file_path ?? f.location}:${f.line}`}
                        state={props.marks.get(f.id) ?? 'none'}
                        onMark={(m) => props.onMark([f.id], m)}
                      />
                    ) : (
                      MARK_LABEL[props.marks.get(f.id) ?? 'none']
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </li>
  );
}

function FindingDetail({ finding: f, onClose }: { finding: Finding; onClose: () => void }) {
  return (
    <aside className="card detail" aria-labelledby="detail-title">
      <h3 id="detail-title">Finding</h3>
      <dl>
        <dt>Preview</dt>
        <dd>
          <code>{f.secret_value_preview}</code>
        </dd>
        <dt>Path</dt>
        <dd>{f.file_path ?? `(${f.location})`}</dd>
        <dt>Line</dt>
        <dd>{f.line}</dd>
        <dt>Where</dt>
        <dd>
          {f.location}
          {f.ref ? ` · ${f.ref}` : ''}
        </dd>
        <dt>Commit</dt>
        <dd>
          <code>{f.commit_sha ?? '—'}</code>
        </dd>
        <dt>Author</dt>
        <dd>{f.author ?? '—'}</dd>
        <dt>Date</dt>
        <dd>{when(f.commit_date)}</dd>
        <dt>Rule</dt>
        <dd>{f.rule_id}</dd>
        <dt>Description</dt>
        <dd>{f.secret_type}</dd>
        <dt>Severity / confidence</dt>
        <dd>
          {f.severity} / {f.confidence}
        </dd>
        <dt>New in this scan</dt>
        <dd>{f.is_new ? 'yes' : 'no, reported before'}</dd>
      </dl>
      <button type="button" onClick={onClose} autoFocus>
        Close
      </button>
    </aside>
  );
}
