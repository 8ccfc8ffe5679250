// What the documentation under docs/ names of the repository: paths written as code (`apps/x/src/y.ts`, also
// followed by words, as in `docs/protocols/apiai.md §5`), relative link targets, and the functions a walkthrough
// table puts next to a file (a cell holding one path, the next cell holding only `names`, comma-separated).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const FENCED_BLOCK = /^```[^\n]*\n[\s\S]*?^```[ \t]*$/gm;
const CODE_SPAN = /`([^`\n]+)`/g;
const LINK_TARGET = /\]\(([^)\s]+)\)/g;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export interface FunctionReference {
  readonly path: string;
  readonly name: string;
}

/** Markdown without its fenced code blocks (diagrams and examples name things loosely). */
function prose(markdown: string): string {
  return markdown.replace(FENCED_BLOCK, '');
}

/** The repository path a code span starts with, when its first segment is a top-level entry of the repository. */
function pathOf(span: string, topLevel: ReadonlySet<string>): string | undefined {
  const first = span.trim().split(/\s+/)[0] ?? '';
  const segment = first.split('/')[0] ?? '';
  if (!topLevel.has(segment)) return undefined;
  return first.includes('/') || /\.\w+$/.test(first) ? first.replace(/\/$/, '') : undefined;
}

/** Every repository path written as code in the prose of a markdown file (fenced blocks excluded). */
export function codePaths(markdown: string, topLevel: ReadonlySet<string>): string[] {
  return [...prose(markdown).matchAll(CODE_SPAN)].flatMap((match) => pathOf(match[1] ?? '', topLevel) ?? []);
}

/** The relative link targets of a markdown file (a repository path), as repository paths (anchors dropped). */
export function linkedPaths(markdown: string, file: string): string[] {
  return [...prose(markdown).matchAll(LINK_TARGET)]
    .map((match) => (match[1] ?? '').split('#')[0] ?? '')
    .filter((target) => target !== '' && !/^[a-z][a-z+.-]*:/i.test(target))
    .map((target) => join(dirname(file), target));
}

/** The functions the rows of walkthrough tables name next to a file. */
export function functionReferences(markdown: string, topLevel: ReadonlySet<string>): FunctionReference[] {
  const rows = prose(markdown)
    .split('\n')
    .filter((line) => line.trimStart().startsWith('|'));
  return rows.flatMap((row) => {
    const cells = row.split('|').map((cell) => cell.trim());
    return cells.slice(0, -1).flatMap((cell, index) => {
      const path = /^`([^`]+)`$/.exec(cell)?.[1];
      if (path === undefined || pathOf(path, topLevel) !== path) return [];
      const names = (cells[index + 1] ?? '').split(',').map((name) => /^`([^`]+)`$/.exec(name.trim())?.[1]);
      if (names.length === 0 || names.some((name) => name === undefined || !IDENTIFIER.test(name))) return [];
      return names.map((name) => ({ path, name: name ?? '' }));
    });
  });
}

/** Every `@parley/…` package name or subpath written as code in the prose of a markdown file. */
export function packageNames(markdown: string): string[] {
  return [...prose(markdown).matchAll(CODE_SPAN)].flatMap((match) => /^(@parley\/[\w.-]+(?:\/[\w./-]+)?)$/.exec((match[1] ?? '').trim().split(/\s+/)[0] ?? '')?.[1] ?? []);
}

/** Whether `source` declares `name`: a function, class, variable, type or interface, or a method. */
export function declares(source: string, name: string): boolean {
  const declaration = new RegExp(`\\b(?:function\\*?|class|const|let|var|interface|type)\\s+${name}\\b`);
  const method = new RegExp(`^\\s*(?:(?:private|protected|public|static|async|readonly|get)\\s+)*${name}\\s*(?:<[^>\\n]*>)?\\(`, 'm');
  return declaration.test(source) || method.test(source);
}

/** Whether a repository path exists; `*` in a segment matches any name. */
export function pathExists(root: string, path: string): boolean {
  const [segment, ...rest] = path.split('/');
  if (segment === undefined || segment === '') return existsSync(root);
  if (!segment.includes('*')) return existsSync(join(root, segment)) && pathExists(join(root, segment), rest.join('/'));
  const pattern = new RegExp(`^${segment.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  const entries = existsSync(root) ? readdirSync(root) : [];
  return entries.some((entry) => pattern.test(entry) && pathExists(join(root, entry), rest.join('/')));
}

/** The names a workspace package can be imported by: its name, and `name/subpath` for each of its `exports` subpaths. */
export function workspaceEntries(root: string): Set<string> {
  const folders = ['apps', 'packages'].flatMap((parent) => readdirSync(join(root, parent)).map((name) => `${parent}/${name}`));
  const manifests = [...folders, 'bench', 'e2e', 'packaging'].map((folder) => join(root, folder, 'package.json')).filter((file) => existsSync(file));
  return new Set(
    manifests.flatMap((file) => {
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name: string; exports?: Record<string, unknown> };
      return [manifest.name, ...Object.keys(manifest.exports ?? {}).filter((key) => key.startsWith('./')).map((key) => `${manifest.name}/${key.slice(2)}`)];
    }),
  );
}

/** The markdown files of docs/ and docs/protocols/, relative to the repository root. */
export function documentationFiles(root: string): string[] {
  return ['docs', 'docs/protocols'].flatMap((folder) =>
    readdirSync(join(root, folder))
      .filter((name) => name.endsWith('.md'))
      .map((name) => `${folder}/${name}`),
  );
}
