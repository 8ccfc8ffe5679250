import nunjucks from 'nunjucks';

const environment = new nunjucks.Environment(null, { autoescape: false, throwOnUndefined: true });

/** Renders a Jinja-style template; undefined when it names a value that is missing (Kalliope then skips the neuron). */
export function renderTemplate(template: string, values: Readonly<Record<string, unknown>>): string | undefined {
  try {
    return environment.renderString(template, values);
  } catch {
    return undefined;
  }
}

/**
 * Parameters Kalliope leaves raw: it tests whether the parameter name is a substring of one of these, so `say`,
 * `file`, `template` and `answer` are left raw too (reference/kalliope.md §4).
 */
const RAW_PARAMETERS = ['say_template', 'file_template', 'kalliope_memory', 'from_answer_link'];

export function isRawParameter(name: string): boolean {
  return RAW_PARAMETERS.some((raw) => raw.includes(name));
}

const MISSING = Symbol('missing');

function renderValue(value: unknown, values: Readonly<Record<string, unknown>>): unknown {
  if (typeof value === 'string') {
    if (!value.includes('{{') && !value.includes('}}')) return value;
    return renderTemplate(value, values) ?? MISSING;
  }
  if (Array.isArray(value)) {
    const items = value.map((item) => renderValue(item, values));
    return items.includes(MISSING) ? MISSING : items;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(([key, item]) => [key, renderValue(item, values)] as const);
    return entries.some(([, item]) => item === MISSING) ? MISSING : Object.fromEntries(entries);
  }
  return value;
}

/**
 * Renders the templated string parameters of a neuron before it runs. Returns undefined when a template names a
 * missing value: Kalliope skips such a neuron silently.
 */
export function renderNeuronParameters(
  parameters: Readonly<Record<string, unknown>>,
  values: Readonly<Record<string, unknown>>,
): Record<string, unknown> | undefined {
  const rendered: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(parameters)) {
    const result = isRawParameter(name) ? value : renderValue(value, values);
    if (result === MISSING) return undefined;
    rendered[name] = result;
  }
  return rendered;
}

/** Whether a parameter that gets rendered (not say_template & co.) holds a template. */
export function hasRenderedTemplate(parameters: Readonly<Record<string, unknown>>): boolean {
  return Object.entries(parameters).some(([name, value]) => !isRawParameter(name) && JSON.stringify(value).includes('{{'));
}
