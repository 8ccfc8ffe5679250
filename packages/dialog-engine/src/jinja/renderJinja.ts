import type { TemplateNode } from './ast.js';
import { templateGlobals } from './globals.js';
import { JinjaError } from './jinjaError.js';
import { DEFAULT_JINJA_LIMITS, type JinjaLimits } from './limits.js';
import { parseTemplate } from './parseTemplate.js';
import { renderNodes } from './renderNodes.js';
import { fromData, isDict, type JinjaValue } from './values.js';

const CACHE_SIZE = 512;
const parsed = new Map<string, readonly TemplateNode[]>();

function asJinjaError(error: unknown): JinjaError {
  if (error instanceof JinjaError) return error;
  return new JinjaError(error instanceof Error ? error.message : String(error));
}

function parseCached(source: string, limits: JinjaLimits): readonly TemplateNode[] {
  const cached = parsed.get(source);
  if (cached !== undefined && limits.maxDepth === DEFAULT_JINJA_LIMITS.maxDepth) return cached;
  const nodes = parseTemplate(source, limits.maxDepth);
  if (parsed.size >= CACHE_SIZE) parsed.clear();
  parsed.set(source, nodes);
  return nodes;
}

/** Parses a template without rendering it; throws a `JinjaError` (with its line) when it is not valid Jinja2. */
export function checkJinja(source: string, limits: JinjaLimits = DEFAULT_JINJA_LIMITS): void {
  try {
    parseCached(source, limits);
  } catch (error) {
    throw asJinjaError(error);
  }
}

/**
 * Renders a Jinja2 template over plain data, like Jinja2's default environment (no autoescaping, Undefined prints
 * empty, one trailing newline dropped). The template can only read own keys of the data and call the renderer's
 * own filters, tests and methods: nothing reaches a JavaScript object, prototype, constructor or global. Throws a
 * `JinjaError` when the template does not parse or fails (an undefined value used in arithmetic, a limit of
 * `limits` exceeded…).
 */
export function renderJinja(source: string, data: Readonly<Record<string, unknown>>, limits: JinjaLimits = DEFAULT_JINJA_LIMITS): string {
  try {
    const nodes = parseCached(source, limits);
    const variables = new Map<string, JinjaValue>(templateGlobals(limits.maxSequenceLength));
    const copy = fromData(data);
    if (isDict(copy)) for (const key of Object.keys(copy)) variables.set(key, copy[key] ?? null);
    return renderNodes(nodes, variables, limits);
  } catch (error) {
    throw asJinjaError(error);
  }
}
