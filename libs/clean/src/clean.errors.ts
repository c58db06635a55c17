// Errors of the clean library. Messages say what was wrong and what is accepted, and never
// contain a secret value: callers may print them as they are.

// Bad input from the user: a path, a replace file, an option.
export class CleanInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CleanInputError';
  }
}

export interface RemainingSecret {
  label: string;
  // Commits of the RESULT repository still holding the value.
  commits: string[];
  // Other objects of the result holding it, as "<type> <id>" (blobs, tags).
  objects?: string[];
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
