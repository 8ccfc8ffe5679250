// The chat page's script (/static/chat.js), plain browser JavaScript served from this module. It speaks the Almond
// Dialog API (docs/protocols/almond.md) over /me/ws/conversation: renders every output message, hides answered choices, sends
// buttons as parsed commands and choices as `bookkeeping choice N`, adapts the input to the askSpecial, and
// reconnects with exponential backoff (1 s doubling up to 30 s, back to 1 s once the agent answers).
export const chatScript = String.raw`'use strict';
(function () {
  var log = document.getElementById('conversation');
  var form = document.getElementById('input-form');
  var input = document.getElementById('input');
  var sendButton = document.getElementById('send');
  var statusLine = document.getElementById('status');
  var hints = document.getElementById('hints');
  var ASK_HINTS = {
    yesno: 'Answer yes or no', location: 'Type a place', picture: 'Type the URL of a picture',
    phone_number: 'Type a phone number', email_address: 'Type an email address',
    contact: 'Type a phone number or an email address', number: 'Type a number', date: 'Type a date',
    time: 'Type a time of day', raw_string: 'Type your answer', password: 'Type the password',
    choice: 'Choose one of the options above, or type your choice', command: 'Type a command', generic: 'Type your answer'
  };
  var DEFAULT_HINT = 'Type a command, e.g. "what time is it?"';
  var MAX_DELAY_MS = 30000;
  var socket = null;
  var failures = 0;
  var connectedOnce = false;
  var ask = null;

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  // Only same-site paths and http(s) URLs become links or images (no javascript: URLs from messages).
  function safeUrl(url, allowData) {
    if (typeof url !== 'string') return null;
    if (url.charAt(0) === '/' && url.charAt(1) !== '/') return url;
    if (/^https?:\/\//i.test(url)) return url;
    if (allowData && /^data:image\//i.test(url)) return url;
    return null;
  }

  function icon(kind) {
    if (typeof kind !== 'string' || kind === '') return null;
    var image = element('img', 'icon');
    image.alt = '';
    image.src = '/icons/' + encodeURIComponent(kind) + '.png';
    image.addEventListener('error', function () { image.remove(); });
    return image;
  }

  function append(type, from, content, iconKind) {
    var row = element('div', 'message from-' + from + ' ' + type);
    row.dataset.type = type;
    var image = icon(iconKind);
    if (image) row.appendChild(image);
    var bubble = element('div', 'bubble');
    if (typeof content === 'string') bubble.textContent = content; else bubble.appendChild(content);
    row.appendChild(bubble);
    log.appendChild(row);
    log.scrollTop = log.scrollHeight;
    return row;
  }

  function picture(url) {
    var safe = safeUrl(url, true);
    if (!safe) return null;
    var image = element('img', 'picture');
    image.src = safe;
    image.alt = 'Picture';
    return image;
  }

  function rdl(object) {
    var box = element('div', 'rdl');
    var href = safeUrl(object.webCallback, false);
    var title = object.displayTitle || object.webCallback || 'Link';
    var heading = href ? element('a', null, title) : element('strong', null, title);
    if (href) { heading.href = href; heading.target = '_blank'; heading.rel = 'noopener noreferrer'; }
    box.appendChild(heading);
    if (object.displayText) box.appendChild(element('p', null, object.displayText));
    var image = object.pictureUrl ? picture(object.pictureUrl) : null;
    if (image) box.appendChild(image);
    return box;
  }

  function result(message) {
    var object = message.result;
    if (object && object.type === 'picture') { var image = picture(object.url); if (image) return image; }
    if (object && object.type === 'rdl') return rdl(object);
    return message.fallback || JSON.stringify(object);
  }

  function parsedCommand(tokens) {
    return { code: tokens, entities: {} };
  }

  function send(frame, shown) {
    if (!socket || socket.readyState !== WebSocket.OPEN) {
      append('error', 'almond', 'Not connected to Almond. Reconnecting…');
      return false;
    }
    hideChoices();
    if (shown) append('command', 'user', shown);
    socket.send(JSON.stringify(frame));
    return true;
  }

  function sendParsed(json, title) {
    return send({ type: 'parsed', json: json, title: title }, title);
  }

  function choiceButton(message) {
    var button = element('button', 'choice', message.title);
    button.type = 'button';
    if (message.text) button.title = message.text;
    button.addEventListener('click', function () {
      sendParsed(parsedCommand(['bookkeeping', 'choice', String(message.idx)]), message.title);
    });
    return button;
  }

  function commandButton(message) {
    var button = element('button', 'suggestion', message.title);
    button.type = 'button';
    button.addEventListener('click', function () {
      var json = message.json;
      if (typeof json === 'string') { try { json = JSON.parse(json); } catch (error) { return; } }
      sendParsed(json, message.title);
    });
    return button;
  }

  function linkButton(message) {
    var href = safeUrl(message.link || message.url, false);
    if (!href) return null;
    var anchor = element('a', 'link-button', message.title);
    anchor.href = href;
    return anchor;
  }

  // Answered choices are contextual: they go away once the user has replied (docs/protocols/almond.md, Choice Message).
  function hideChoices() {
    var answered = log.querySelectorAll('.message.choice');
    for (var i = 0; i < answered.length; i++) answered[i].remove();
  }

  function specialButton(title, special) {
    var button = element('button', 'secondary', title);
    button.type = 'button';
    button.addEventListener('click', function () {
      sendParsed(parsedCommand(['bookkeeping', 'special', 'special:' + special]), title);
    });
    return button;
  }

  function showAsk(value) {
    ask = value === undefined ? null : value;
    input.placeholder = ask === null ? DEFAULT_HINT : (ASK_HINTS[ask] || DEFAULT_HINT);
    input.type = ask === 'password' ? 'password' : 'text';
    input.inputMode = ask === 'number' ? 'decimal' : (ask === 'phone_number' ? 'tel' : (ask === 'email_address' ? 'email' : 'text'));
    hints.dataset.ask = ask === null ? '' : ask;
    hints.replaceChildren();
    if (ask === 'yesno') { hints.appendChild(specialButton('Yes', 'yes')); hints.appendChild(specialButton('No', 'no')); }
    if (ask !== null) hints.appendChild(specialButton('Cancel', 'nevermind'));
  }

  function render(message) {
    switch (message.type) {
      case 'text': append('text', 'almond', message.text, message.icon); break;
      case 'picture': { var image = picture(message.url); if (image) append('picture', 'almond', image, message.icon); break; }
      case 'rdl': append('rdl', 'almond', rdl(message.rdl || {}), message.icon); break;
      case 'result': append('result', 'almond', result(message), message.icon); break;
      case 'choice': append('choice', 'almond', choiceButton(message)); break;
      case 'button': append('button', 'almond', commandButton(message)); break;
      case 'link': { var anchor = linkButton(message); if (anchor) append('link', 'almond', anchor); break; }
      case 'askSpecial': showAsk(message.ask); break;
      case 'error': append('error', 'almond', 'Error: ' + message.error); break;
      default: break;
    }
  }

  function setConnected(connected, text) {
    input.disabled = !connected;
    sendButton.disabled = !connected;
    statusLine.textContent = text;
    statusLine.dataset.state = connected ? 'connected' : 'disconnected';
  }

  function connect() {
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    var url = scheme + location.host + '/me/ws/conversation' + (connectedOnce ? '?hide_welcome=1' : '');
    socket = new WebSocket(url);
    socket.addEventListener('open', function () {
      connectedOnce = true;
      setConnected(true, 'Connected');
      input.focus();
    });
    // A socket counts as working once the agent has spoken (every connection starts with a round): one that opens
    // and closes at once keeps the delay growing.
    socket.addEventListener('message', function (event) {
      failures = 0;
      var message;
      try { message = JSON.parse(event.data); } catch (error) { return; }
      render(message);
    });
    socket.addEventListener('close', function () {
      var delay = Math.min(MAX_DELAY_MS, 1000 * Math.pow(2, failures));
      failures += 1;
      setConnected(false, 'Disconnected. Reconnecting in ' + Math.round(delay / 1000) + ' s…');
      setTimeout(connect, delay);
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (text === '') return;
    var shown = ask === 'password' ? '••••••' : text;
    var frame;
    if (text.indexOf('\\t ') === 0) frame = { type: 'tt', code: text.slice(3) };
    else if (text.indexOf('\\r ') === 0) frame = { type: 'parsed', json: parsedCommand(text.slice(3).trim().split(/\s+/)) };
    else frame = { type: 'command', text: text };
    if (send(frame, shown)) input.value = '';
  });

  showAsk(null);
  connect();
})();
`;
