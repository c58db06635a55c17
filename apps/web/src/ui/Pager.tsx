// Previous / next over the pages of a list answer ({total, page_size}).
export function Pager(props: {
  label: string;
  page: number;
  total: number;
  pageSize: number;
  onPage: (p: number) => void;
}) {
  const last = Math.max(1, Math.ceil(props.total / props.pageSize));
  if (last <= 1) return null;
  return (
    <nav className="pager" aria-label={props.label}>
      <button type="button" disabled={props.page <= 1} onClick={() => props.onPage(props.page - 1)}>
        Previous
      </button>
      <span>
        Page {props.page} of {last}
      </span>
      <button type="button" disabled={props.page >= last} onClick={() => props.onPage(props.page + 1)}>
        Next
      </button>
    </nav>
  );
}
