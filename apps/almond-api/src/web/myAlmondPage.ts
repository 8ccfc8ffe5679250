// "My Almond": the user's running apps (with delete), devices and authorised OAuth clients (with revoke).
import type { ConfiguredDevice } from '../devices/deviceStore.js';
import { html, page } from '../pages/html.js';
import type { StoredApp } from '../programs/appStore.js';

interface AuthorizedClient {
  clientId: string;
  name: string;
  scopes: string[];
}

interface MyAlmondView {
  username: string;
  csrfToken: string;
  apps: readonly StoredApp[];
  devices: readonly ConfiguredDevice[];
  clients: readonly AuthorizedClient[];
}

function appList(view: MyAlmondView) {
  if (view.apps.length === 0) return html`<p class="empty">No app is running. Ask Almond to monitor something or to do something periodically.</p>`;
  return html`<ul class="cards" id="apps">${view.apps.map(
    (app) => html`<li class="card" data-app-id="${app.id}"><div><strong>${app.description}</strong>
${app.error === null ? '' : html`<p class="error">${app.error}</p>`}<code class="code">${app.code}</code></div>
<form method="post" action="/apps/delete"><input type="hidden" name="_csrf" value="${view.csrfToken}">
<input type="hidden" name="id" value="${app.id}"><button type="submit" class="danger">Stop</button></form></li>`,
  )}</ul>`;
}

function deviceList(view: MyAlmondView) {
  return html`<ul class="cards" id="devices">${view.devices.map(
    (device) => html`<li class="card"><div><strong>${device.name}</strong> <code class="tag">${device.kind}</code><p>${device.description}</p></div></li>`,
  )}</ul>`;
}

function clientList(view: MyAlmondView) {
  if (view.clients.length === 0) return html`<p class="empty">No application has access to your Almond.</p>`;
  return html`<ul class="cards" id="clients">${view.clients.map(
    (client) => html`<li class="card" data-client-id="${client.clientId}"><div><strong>${client.name}</strong>
<p>Can: ${client.scopes.map((scope, index) => html`${index === 0 ? '' : ', '}<code>${scope}</code>`)}</p></div>
<form method="post" action="/user/revoke-oauth2"><input type="hidden" name="_csrf" value="${view.csrfToken}">
<input type="hidden" name="client_id" value="${client.clientId}"><button type="submit" class="danger">Revoke access</button></form></li>`,
  )}</ul>`;
}

export function myAlmondPage(view: MyAlmondView): string {
  return page(
    'My Almond',
    html`<h1>My Almond</h1><p>Logged in as <strong>${view.username}</strong>.</p>
<section><h2>Running apps</h2>${appList(view)}</section>
<section><h2>Devices</h2>${deviceList(view)}</section>
<section><h2>Authorized applications</h2>${clientList(view)}</section>`,
    { csrfToken: view.csrfToken },
  );
}
