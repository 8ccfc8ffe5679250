// The chat page: the conversation log and the input box; /static/chat.js connects it to /me/ws/conversation.
import { html, page } from '../pages/html.js';

/** `csrfToken`: the session's, for the logout form. */
export function chatPage(csrfToken: string): string {
  return page(
    'Chat',
    html`<h1 class="visually-hidden">Chat with Almond</h1>
<p id="status" class="status" role="status">Connecting…</p>
<section id="conversation" class="conversation" aria-live="polite" aria-label="Conversation"></section>
<div id="hints" class="hints"></div>
<form id="input-form" class="input-form" autocomplete="off">
<input id="input" name="command" aria-label="Command" placeholder="Type a command" disabled>
<button type="submit" id="send" disabled>Send</button></form>
<p class="help">Type a sentence, <code>\\t</code> followed by ThingTalk code, or <code>\\r</code> followed by a parsed command.</p>`,
    { csrfToken, script: '/static/chat.js' },
  );
}
