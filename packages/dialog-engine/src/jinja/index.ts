// A Jinja2-compatible template renderer over plain data (a sandbox: no path to JavaScript objects or globals).
export { renderJinja, checkJinja } from './renderJinja.js';
export { JinjaError } from './jinjaError.js';
export { DEFAULT_JINJA_LIMITS, type JinjaLimits } from './limits.js';
