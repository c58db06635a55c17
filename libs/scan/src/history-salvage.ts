// The commits of a history git will not walk: a damaged commit or tag object, or a ref naming a
// missing object, stops `git rev-list` (and `git log`) as a whole. Here the commit and tag objects
// of the store are read one by one (a damaged one is skipped, reading goes on after it), and the
// refs' commits are walked through the parents that could be read.
import { CatFileParser } from '@deployguard/git';
import { scanGitText, spawnScanGit } from './scan-git';

// Objects git stopped on before the rest is given up (one git process each).
const MAX_DAMAGED = 50;

export interface SalvagedHistory {
  // Commits the tips reach through readable commits, parents before children, older first.
  order: string[];
  // Each reached commit's parents (readable or not).
  parents: Map<string, string[]>;
  // Commits (or tags) the walk reached that could not be read or are missing.
  unreadable: string[];
}

interface CommitInfo {
  parents: string[];
  time: number; // committer time, seconds
}

/**
 * The history of `tips` (object ids: commits, or annotated tags peeled here) in a store with
 * damaged objects. Throws GitError when git cannot list the store at all.
 */
export async function salvageHistory(repo: string, tips: readonly string[]): Promise<SalvagedHistory> {
  const listing = await scanGitText(repo, [
    'cat-file',
    '--batch-all-objects',
    '--batch-check=%(objecttype) %(objectname)',
    '--unordered',
  ]);
  const ids: string[] = [];
  const kinds = new Map<string, string>(); // every object of the store -> its type
  for (const line of listing.split('\n')) {
    const [type, id] = line.split(' ');
    if (id) kinds.set(id, type);
    if (type === 'commit' || type === 'tag') ids.push(id);
  }
  const { objects, unreadable } = await readObjects(repo, ids);
  const commits = new Map<string, CommitInfo>();
  const tags = new Map<string, string>(); // tag -> the object it names
  for (const [id, { type, text }] of objects) {
    if (type === 'commit') commits.set(id, parseCommit(text));
    else tags.set(id, /^object ([0-9a-f]+)$/m.exec(text)?.[1] ?? '');
  }

  const lost = new Set(unreadable);
  const reached = new Set<string>();
  const stack: string[] = [];
  for (let tip of tips) {
    // Annotated tags, nested or not, to the object they end at (a loop of tags ends the search).
    for (let hops = 0; tags.has(tip) && hops < 100; hops++) tip = tags.get(tip)!;
    if (!commits.has(tip)) {
      // an unreadable commit or tag; a tree or blob (a tag may name one) has no history to walk,
      // and a ref naming a missing object has a warning of its own
      const kind = kinds.get(tip);
      if (kind === 'commit' || kind === 'tag') lost.add(tip);
      continue;
    }
    stack.push(tip);
  }
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (reached.has(id)) continue;
    const info = commits.get(id);
    if (!info) {
      lost.add(id);
      continue;
    }
    reached.add(id);
    for (const p of info.parents) if (!reached.has(p)) stack.push(p);
  }
  return {
    order: parentsFirst(reached, commits),
    parents: new Map([...reached].map((id) => [id, commits.get(id)!.parents])),
    unreadable: [...lost].filter((id) => id !== '' && !objects.has(id)),
  };
}

// Older commits first (committer time), each after its parents even where clocks disagree.
function parentsFirst(reached: ReadonlySet<string>, commits: ReadonlyMap<string, CommitInfo>): string[] {
  const byTime = [...reached].sort((a, b) => commits.get(a)!.time - commits.get(b)!.time);
  const order: string[] = [];
  const placed = new Set<string>();
  for (const start of byTime) {
    // Iterative depth-first: a commit is placed once every reached parent is.
    const stack: [string, number][] = [[start, 0]];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const [id, next] = top;
      if (placed.has(id)) {
        stack.pop();
        continue;
      }
      const parents = commits.get(id)!.parents;
      if (next < parents.length) {
        top[1]++;
        const p = parents[next];
        if (reached.has(p) && !placed.has(p)) stack.push([p, 0]);
        continue;
      }
      placed.add(id);
      order.push(id);
      stack.pop();
    }
  }
  return order;
}

function parseCommit(text: string): CommitInfo {
  const headerEnd = text.indexOf('\n\n');
  const header = headerEnd === -1 ? text : text.slice(0, headerEnd);
  const parents: string[] = [];
  let time = 0;
  for (const line of header.split('\n')) {
    if (line.startsWith('parent ')) parents.push(line.slice(7));
    else if (line.startsWith('committer ')) time = Number(/ (\d+) [-+]\d{4}$/.exec(line)?.[1] ?? 0);
  }
  return { parents, time };
}

// Reads `ids` with `git cat-file --batch`; an object that stops git is set aside and reading goes
// on after it, in a new process.
async function readObjects(
  repo: string,
  ids: readonly string[],
): Promise<{ objects: Map<string, { type: string; text: string }>; unreadable: string[] }> {
  const objects = new Map<string, { type: string; text: string }>();
  const unreadable: string[] = [];
  let rest = ids;
  while (rest.length > 0) {
    const parser = new CatFileParser({
      object: (id, type, data) => void objects.set(id, { type, text: data.toString('utf8') }),
      missing: (name) => void unreadable.push(name),
    });
    const child = spawnScanGit(repo, ['cat-file', '--batch']);
    child.stdin!.on('error', () => undefined);
    child.stdin!.end(rest.join('\n') + '\n');
    child.stderr!.resume();
    for await (const chunk of child.stdout!) await parser.push(chunk as Buffer);
    const code = await new Promise<number | null>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
      else child.on('close', resolve);
    });
    if (code === 0 || parser.answered >= rest.length) break;
    unreadable.push(rest[parser.answered]);
    if (unreadable.length >= MAX_DAMAGED) break;
    rest = rest.slice(parser.answered + 1);
  }
  return { objects, unreadable };
}
