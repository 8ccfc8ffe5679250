// Server-rendered pages: a tagged template that escapes every interpolated value unless it is already `Html`.

class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

type Interpolation = Html | string | number | null | undefined | readonly Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map((item: Interpolation) => render(item)).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Html {
  return new Html(strings.reduce((out, part, index) => out + part + (index < values.length ? render(values[index]) : ''), ''));
}

/**
 * A whole page with the shared header. `csrfToken`: the logged-in session's CSRF token; with it the header shows the
 * user's links and the logout form, which carries it.
 */
export function page(title: string, body: Html, options: { csrfToken?: string; script?: string } = {}): string {
  const nav = options.csrfToken !== undefined
    ? html`<nav><a href="/">Chat</a> <a href="/apps">My Almond</a> <a href="/developers/oauth">Developers</a>
<form method="post" action="/user/logout" class="inline"><input type="hidden" name="_csrf" value="${options.csrfToken}"><button type="submit">Log out</button></form></nav>`
    : html`<nav><a href="/user/login">Log in</a> <a href="/user/register">Register</a></nav>`;
  const script = options.script === undefined ? '' : html`<script src="${options.script}" defer></script>`;
  return html`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} - Almond</title><link rel="stylesheet" href="/static/almond.css">${script}</head>
<body><header><strong>Almond</strong> ${nav}</header><main>${body}</main></body></html>`.text;
}
