// The API answers a bad body with one message, its parts joined by "; ", each starting with the
// field it is about ("source_branch must be a git branch name …"). The panel shows each part next
// to its field; a part about no field is shown for the whole form.
export interface FieldErrors {
  fields: Record<string, string>;
  form: string | null;
}

export function fieldErrors(message: string, fields: readonly string[]): FieldErrors {
  const result: FieldErrors = { fields: {}, form: null };
  const rest: string[] = [];
  // longest names first: `source_url` must not take a message about `source_url_x`
  const names = [...fields].sort((a, b) => b.length - a.length);
  for (const part of message.split('; ')) {
    const field = names.find((f) => new RegExp(`(^|[^a-z_])${f}([^a-z_]|$)`).test(part));
    if (field && !result.fields[field]) result.fields[field] = part;
    else if (field) result.fields[field] += `; ${part}`;
    else rest.push(part);
  }
  result.form = rest.length ? rest.join('; ') : null;
  return result;
}
