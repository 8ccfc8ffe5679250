import type { ConfigField } from '../thingpedia/configFields.js';
import { html, page } from './html.js';

export interface KindChoice {
  kind: string;
  name: string;
  description: string;
  setup: 'none' | 'form' | 'oauth2';
}

/** `/devices/create`: the kinds a user can add (the dialog's "Configure a new skill" link). */
export function deviceCreatePage(kinds: readonly KindChoice[], csrfToken: string): string {
  const row = (kind: KindChoice) => {
    const action =
      kind.setup === 'none'
        ? html`<form method="post" action="/devices/configure/${kind.kind}"><input type="hidden" name="_csrf" value="${csrfToken}"><button type="submit">Add</button></form>`
        : kind.setup === 'form'
          ? html`<a href="/devices/configure/${kind.kind}">Configure</a>`
          : html`<a href="/devices/oauth2/${kind.kind}?name=${encodeURIComponent(kind.name)}">Connect</a>`;
    return html`<tr data-kind="${kind.kind}"><td><img class="icon" width="16" height="16" alt="" src="/icons/${kind.kind}.png"> ${kind.name}</td><td>${kind.description}</td><td>${action}</td></tr>`;
  };
  return page('Add a device', html`<h1>Add a new skill</h1><table>${kinds.map(row)}</table>`, { csrfToken });
}

/** `/devices/configure/$kind`: the device's configuration form. */
export function deviceConfigurePage(kind: KindChoice, fields: readonly ConfigField[], csrfToken: string, error?: string): string {
  const input = (field: ConfigField) =>
    html`<label>${field.name} <input name="${field.name}" type="${field.type === 'Number' ? 'number' : field.type === 'Password' ? 'password' : 'text'}" required></label>`;
  return page(
    `Configure ${kind.name}`,
    html`<h1>Configure ${kind.name}</h1><p>${kind.description}</p>${error === undefined ? '' : html`<p class="error" role="alert">${error}</p>`}
<form method="post" action="/devices/configure/${kind.kind}"><input type="hidden" name="_csrf" value="${csrfToken}">${fields.map(input)}
<button type="submit">Add</button></form>`,
    { csrfToken },
  );
}
