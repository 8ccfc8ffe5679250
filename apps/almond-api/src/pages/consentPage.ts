import type { AuthorizeParameters } from '../oauth/authorizeRequest.js';
import { SCOPES, type Scope } from '../oauth/scopes.js';
import { html, page } from './html.js';

export function consentPage(clientName: string, scopes: readonly Scope[], parameters: AuthorizeParameters, csrfToken: string): string {
  const hidden = Object.entries(parameters).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`);
  return page(
    'Authorize',
    html`<h1>Allow ${clientName} to access your Almond?</h1>
<p>${clientName} is asking for permission to:</p>
<ul class="scopes">${scopes.map((scope) => html`<li><code>${scope}</code>: ${SCOPES[scope]}</li>`)}</ul>
<form method="post" action="/me/api/oauth2/authorize">${hidden}
<input type="hidden" name="_csrf" value="${csrfToken}">
<button type="submit" name="decision" value="allow">Allow</button>
<button type="submit" name="decision" value="deny">Deny</button></form>`,
    { csrfToken },
  );
}

export function errorPage(title: string, message: string): string {
  return page(title, html`<h1>${title}</h1><p class="error">${message}</p>`);
}
