// The review in a DOM: the API is replaced by a fetch that records what the panel sends (the real
// API is exercised by test/panel.e2e-spec.ts in a browser).
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { Finding } from '../api/views';
import { ReviewPanel } from './ReviewPanel';

const base: Omit<Finding, 'id' | 'value_group' | 'file_path'> = {
  rule_id: 'github-pat',
  secret_type: 'GitHub token',
  severity: 'high',
  secret_value_preview: 'ghp_*****AB',
  location: 'file',
  ref: null,
  line: 3,
  commit_sha: 'a'.repeat(40),
  author: 'Ann',
  commit_date: '2024-01-02T00:00:00.000Z',
  confidence: 'high',
  fingerprint: null,
  is_new: true,
  selected_for_cleaning: false,
  false_positive: false,
};
const findings: Finding[] = [
  { ...base, id: 'p1', value_group: 'g1', file_path: 'a.js' },
  { ...base, id: 'p2', value_group: 'g1', file_path: 'b.js' },
  {
    ...base,
    id: 'k1',
    value_group: 'g2',
    file_path: 'c.env',
    severity: 'low',
    secret_value_preview: 'AKI*****XY',
  },
];

let sent: unknown[] = [];
beforeEach(() => {
  sent = [];
  globalThis.fetch = jest.fn(async (input: RequestInfo | URL) => {
    const request = input as Request;
    sent.push(await request.json());
    return new Response(JSON.stringify({ job_id: 'j', selected_count: 0, false_positive_count: 0 }), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    });
  }) as typeof fetch;
});

function renderPanel(editable = true) {
  const client = new QueryClient();
  return render(
    <QueryClientProvider client={client}>
      <ReviewPanel jobId="j" findings={findings} editable={editable} />
    </QueryClientProvider>,
  );
}

describe('ReviewPanel', () => {
  it('shows one row per secret, with its places', () => {
    renderPanel();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByText(/2 places/)).toBeTruthy();
    expect(screen.getByText(/2 secrets in 3 places/)).toBeTruthy();
  });

  it('marks a whole group with the keyboard and saves it at once', async () => {
    renderPanel();
    const [first] = screen.getAllByRole('button', { expanded: false });
    act(() => first.focus());
    fireEvent.keyDown(first, { key: 'c' });
    await waitFor(() => expect(sent).toEqual([{ secret_ids: ['p1', 'p2'], mark_false_positives: [] }]));
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    const second = screen.getAllByRole('button', { expanded: false })[1];
    expect(document.activeElement).toBe(second);
    fireEvent.keyDown(second, { key: 'f' });
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toEqual({ secret_ids: ['p1', 'p2'], mark_false_positives: ['k1'] });
    await screen.findByText('Selection saved');
  });

  it('marks all findings that match the filter, and only those', async () => {
    renderPanel();
    fireEvent.change(screen.getByLabelText('Severity'), { target: { value: 'low' } });
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    const bulk = screen.getByRole('group', { name: /matches the filter/ });
    fireEvent.click(bulk.querySelector('button')!);
    await waitFor(() => expect(sent).toEqual([{ secret_ids: ['k1'], mark_false_positives: [] }]));
  });

  it('opens a detail view with the place and never more than the preview', () => {
    renderPanel();
    fireEvent.click(screen.getAllByRole('button', { expanded: false })[0]);
    fireEvent.click(screen.getByRole('button', { name: 'a.js:3' }));
    const detail = screen.getByRole('complementary');
    expect(detail.textContent).toContain('a'.repeat(40));
    expect(detail.textContent).toContain('ghp_*****AB');
  });

  it('shows marks without buttons once the job is past selection', () => {
    renderPanel(false);
    expect(screen.queryByRole('group', { name: /Mark the secret/ })).toBeNull();
  });
});
