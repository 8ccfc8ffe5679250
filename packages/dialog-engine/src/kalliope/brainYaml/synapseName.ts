/**
 * Kalliope's synapse names (docs/protocols/kalliope.md §2): 4 to 100 characters, letters and digits with single dashes
 * between them (no leading, trailing or double dash).
 */
export function synapseNameProblem(name: unknown): string | undefined {
  if (typeof name !== 'string') return 'the name must be a string';
  if (name.length < 4 || name.length > 100) return `the name "${name}" must be 4 to 100 characters long`;
  if (!/^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*$/u.test(name)) {
    return `the name "${name}" may only hold letters, digits and single dashes between them`;
  }
  return undefined;
}
