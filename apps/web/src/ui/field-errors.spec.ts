import { fieldErrors } from './field-errors';

describe('fieldErrors', () => {
  const fields = ['source_url', 'source_branch', 'source_credentials_id'];

  it("puts each part of the API's message next to the field it names", () => {
    const result = fieldErrors(
      'source_branch must be a git branch name; source_credentials_id must be a credentials id',
      fields,
    );
    expect(result).toEqual({
      fields: {
        source_branch: 'source_branch must be a git branch name',
        source_credentials_id: 'source_credentials_id must be a credentials id',
      },
      form: null,
    });
  });

  it('keeps a message about no field for the whole form, and matches whole names only', () => {
    const result = fieldErrors('property source_url_x should not exist; too many active jobs', fields);
    expect(result.fields).toEqual({});
    expect(result.form).toBe('property source_url_x should not exist; too many active jobs');
    expect(fieldErrors('source_url: file:// URLs are refused', fields).fields.source_url).toContain(
      'refused',
    );
  });
});
