// Postgres `text` and `jsonb` cannot hold U+0000: a NUL byte reaching storage fails the write with an error the apps
// would answer as a 500. They refuse such input at the door instead, naming where the NUL was.

/**
 * Where the first U+0000 in `value` is (a string, or an object key, however deep), as a path like
 * `contexts[0].name` below `root`; undefined when there is none. Walks iteratively (no stack limit on deep input).
 */
export function findNulCharacter(value: unknown, root = 'value'): string | undefined {
  const pending: [unknown, string][] = [[value, root]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [current, path] = next;
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return path;
    } else if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index -= 1) pending.push([current[index], `${path}[${index}]`]);
    } else if (typeof current === 'object' && current !== null) {
      const entries = Object.entries(current);
      for (const [key] of entries) if (key.includes('\u0000')) return `${path} key`;
      for (let index = entries.length - 1; index >= 0; index -= 1) {
        const [key, item] = entries[index] as [string, unknown];
        pending.push([item, `${path}.${key}`]);
      }
    }
  }
  return undefined;
}
