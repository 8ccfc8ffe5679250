import { html, page } from './html.js';

/** `csrf`: the browser's pre-login CSRF token; `external`: the name of the external login provider, if any. */
export function loginPage(next: string, csrf: string, error?: string, external?: string): string {
  return page(
    'Log in',
    html`<h1>Log in to Almond</h1>${error === undefined ? '' : html`<p class="error" role="alert">${error}</p>`}
<form method="post" action="/user/login">
<input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="next" value="${next}">
<label>Username <input name="username" autocomplete="username" required></label>
<label>Password <input name="password" type="password" autocomplete="current-password" required></label>
<button type="submit">Log in</button></form>
${external === undefined ? '' : html`<p><a href="/user/oauth2/external">Log in with ${external}</a></p>`}
<p>No account yet? <a href="/user/register?next=${encodeURIComponent(next)}">Register</a></p>`,
  );
}

export function registerPage(next: string, csrf: string, error?: string): string {
  return page(
    'Register',
    html`<h1>Create your Almond account</h1>${error === undefined ? '' : html`<p class="error" role="alert">${error}</p>`}
<form method="post" action="/user/register">
<input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="next" value="${next}">
<label>Username <input name="username" autocomplete="username" required pattern="[A-Za-z0-9_.-]{1,64}"></label>
<label>Email <input name="email" type="email" autocomplete="email"></label>
<label>Password <input name="password" type="password" autocomplete="new-password" required minlength="8"></label>
<button type="submit">Register</button></form>`,
  );
}
