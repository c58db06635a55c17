// Errors of the clean library. Messages say what was wrong and what is accepted, and never
// contain a secret value: callers may print them as they are.

// Bad input from the user: a path, a replace file, an option.
export class CleanInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CleanInputError';
  }
}

// Where a value remains: the object, and for a blob a commit of the result and the path there.
export interface RemainingLocation {
  object: string; // "<type> <id>"
  commit?: string;
  path?: string; // a file path, a notes path (the annotated commit) or a tag's ref name
}

export interface RemainingSecret {
  label: string;
  // Commits of the RESULT repository still holding the value.
  commits: string[];
  // Objects of the result holding it, as "<type> <id>" (blobs, commits, tags).
  objects?: string[];
  // The first few objects, located.
  locations?: RemainingLocation[];
  // Only binary blobs still hold it (acceptable when the caller allows binary leftovers).
  binaryOnly?: boolean;
}

// The rewrite finished but the result is not clean: nothing may be delivered.
export class CleanVerificationError extends Error {
  constructor(
    message: string,
    readonly remaining: RemainingSecret[],
    readonly fsckErrors: string[],
    readonly reportPath?: string,
  ) {
    super(message);
    this.name = 'CleanVerificationError';
  }
}
