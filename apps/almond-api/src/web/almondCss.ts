// The stylesheet of every page (/static/almond.css), served from this module so that the build needs no copy step.
export const almondCss = `
:root { --accent: #2f6f5e; --accent-light: #e5f2ee; --danger: #a33; --border: #d6dbe0; --muted: #5f6b76;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2731; background: #f6f8fa; }
body { margin: 0; }
header { display: flex; align-items: center; gap: 1.5rem; padding: .75rem 1.5rem; background: var(--accent); color: #fff; }
header strong { font-size: 1.25rem; letter-spacing: .02em; }
nav { display: flex; align-items: center; gap: 1rem; flex: 1; }
nav a { color: #fff; text-decoration: none; }
nav a:hover { text-decoration: underline; }
nav form.inline { margin-left: auto; }
nav form.inline button { background: transparent; border: 1px solid #fff; color: #fff; }
main { max-width: 52rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
code, .code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .9em; }
.code { display: block; white-space: pre-wrap; word-break: break-all; color: var(--muted); margin-top: .25rem; }
button, .link-button { font: inherit; cursor: pointer; border-radius: 6px; border: 1px solid var(--accent); background: var(--accent);
  color: #fff; padding: .45rem .9rem; text-decoration: none; display: inline-block; }
button:disabled { opacity: .5; cursor: default; }
button.secondary, .choice, .suggestion { background: #fff; color: var(--accent); }
button.danger { background: #fff; color: var(--danger); border-color: var(--danger); }
input, textarea { font: inherit; padding: .45rem .6rem; border: 1px solid var(--border); border-radius: 6px; box-sizing: border-box; }
form label { display: block; margin: .75rem 0; }
form label input:not([type=checkbox]), form label textarea { display: block; width: 100%; margin-top: .25rem; }
form label.check { margin: .35rem 0; }
fieldset { border: 1px solid var(--border); border-radius: 6px; margin: .75rem 0; }
.error { color: var(--danger); }
.empty, .help, .status { color: var(--muted); }
.notice { background: var(--accent-light); border: 1px solid var(--accent); border-radius: 8px; padding: .5rem 1rem; }
.notice dd { margin: 0 0 .5rem; word-break: break-all; }
.cards { list-style: none; padding: 0; }
.card { display: flex; gap: 1rem; align-items: flex-start; justify-content: space-between; background: #fff;
  border: 1px solid var(--border); border-radius: 8px; padding: .75rem 1rem; margin: .5rem 0; }
.card > div { flex: 1; } .card p { margin: .25rem 0; }
.tag { font-size: .8em; border: 1px solid var(--border); border-radius: 4px; padding: 0 .3rem; color: var(--muted); }
.icon { width: 32px; height: 32px; object-fit: contain; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.conversation { display: flex; flex-direction: column; gap: .5rem; min-height: 50vh; max-height: 65vh; overflow-y: auto;
  background: #fff; border: 1px solid var(--border); border-radius: 8px; padding: 1rem; }
.message { max-width: 80%; display: flex; gap: .5rem; align-items: flex-start; }
.message .bubble { padding: .5rem .8rem; border-radius: 12px; background: #eef1f4; white-space: pre-wrap; overflow-wrap: anywhere; }
.message.from-user { align-self: flex-end; }
.message.from-user .bubble { background: var(--accent); color: #fff; }
.message.error .bubble { background: #fbeaea; color: var(--danger); }
.message.result .bubble { background: var(--accent-light); }
.message.choice .bubble, .message.button .bubble, .message.link .bubble { background: none; padding: 0; }
.message img.picture { max-width: 100%; max-height: 16rem; border-radius: 8px; }
.message .icon { width: 24px; height: 24px; }
.rdl a { font-weight: 600; } .rdl p { margin: .25rem 0 0; }
.hints { display: flex; flex-wrap: wrap; gap: .5rem; margin: .75rem 0; min-height: 1rem; }
.input-form { display: flex; gap: .5rem; }
.input-form input { flex: 1; }
`;
