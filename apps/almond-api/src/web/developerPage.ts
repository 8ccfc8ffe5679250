// The developer page: the user's OAuth clients and the form that registers one; a new client's credentials are
// shown once (the secret is stored hashed).
import { html, page } from '../pages/html.js';
import type { OAuthClient } from '../oauth/clientStore.js';
import { SCOPES, type Scope } from '../oauth/scopes.js';

interface NewClientCredentials {
  name: string;
  clientId: string;
  clientSecret: string | null;
}

export interface DeveloperView {
  csrfToken: string;
  clients: readonly OAuthClient[];
  created?: NewClientCredentials | undefined;
  error?: string | undefined;
  /** The submitted form, kept when it was refused. */
  form?: { name: string; redirectUris: string; scopes: readonly string[]; isPublic: boolean } | undefined;
}

function credentials(created: NewClientCredentials) {
  return html`<section class="notice" id="new-client"><h2>${created.name} is registered</h2>
<p>Copy these now: the secret is not shown again.</p>
<dl><dt>client_id</dt><dd><code id="client-id">${created.clientId}</code></dd>
${created.clientSecret === null ? html`<dt>client_secret</dt><dd>none: a public client uses PKCE (S256)</dd>` : html`<dt>client_secret</dt><dd><code id="client-secret">${created.clientSecret}</code></dd>`}</dl></section>`;
}

function clientList(clients: readonly OAuthClient[]) {
  if (clients.length === 0) return html`<p class="empty">You have not registered any application.</p>`;
  return html`<ul class="cards" id="my-clients">${clients.map(
    (client) => html`<li class="card"><div><strong>${client.name}</strong> <span class="tag">${client.secretHash === null ? 'public' : 'confidential'}</span>
<p>client_id <code>${client.id}</code></p><p>Redirect URIs: ${client.redirectUris.map((uri, index) => html`${index === 0 ? '' : ', '}<code>${uri}</code>`)}</p>
<p>Scopes: ${client.allowedScopes.join(' ')}</p></div></li>`,
  )}</ul>`;
}

function registrationForm(view: DeveloperView) {
  const form = view.form ?? { name: '', redirectUris: '', scopes: ['profile', 'user-exec-command'], isPublic: false };
  const scopeBoxes = (Object.keys(SCOPES) as Scope[]).map(
    (scope) => html`<label class="check"><input type="checkbox" name="scope" value="${scope}"${form.scopes.includes(scope) ? html` checked` : ''}> <code>${scope}</code>: ${SCOPES[scope]}</label>`,
  );
  return html`<form method="post" action="/developers/oauth" class="stacked">
<input type="hidden" name="_csrf" value="${view.csrfToken}">
<label>Name <input name="name" required maxlength="100" value="${form.name}"></label>
<label>Redirect URIs (one per line; https, or http on 127.0.0.1/localhost)
<textarea name="redirect_uris" required rows="2">${form.redirectUris}</textarea></label>
<fieldset><legend>Scopes</legend>${scopeBoxes}</fieldset>
<label class="check"><input type="checkbox" name="public" value="1"${form.isPublic ? html` checked` : ''}> Public client (no secret; for browser and mobile apps, PKCE required)</label>
<button type="submit">Register application</button></form>`;
}

export function developerPage(view: DeveloperView): string {
  return page(
    'Developers',
    html`<h1>OAuth applications</h1>
${view.created === undefined ? '' : credentials(view.created)}
<section><h2>Your applications</h2>${clientList(view.clients)}</section>
<section><h2>Register an application</h2>${view.error === undefined ? '' : html`<p class="error" role="alert">${view.error}</p>`}${registrationForm(view)}</section>`,
    { csrfToken: view.csrfToken },
  );
}
