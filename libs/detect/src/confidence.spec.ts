import { confidenceAt } from './confidence';

describe('confidenceAt', () => {
  it("lowers a rule's example format in documentation, and nothing else", () => {
    const example = { exampleInDocs: true };
    expect(confidenceAt(example, 'medium', 'README.md')).toBe('low');
    expect(confidenceAt(example, 'high', 'pkg.dist-info/METADATA')).toBe('low');
    expect(confidenceAt(example, 'medium', 'src/users.py')).toBe('medium');
    expect(confidenceAt({}, 'high', 'README.md')).toBe('high');
    expect(confidenceAt({ exampleInDocs: false }, 'medium', 'docs/guide.rst')).toBe('medium');
  });
});
