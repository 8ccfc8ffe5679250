import { toMessages } from '@parley/thingtalk';
import type { NotificationInput } from './almondIo.js';
import type { RoundWriter } from './roundWriter.js';
import type { AlmondState } from './state.js';

/**
 * A notification of a running program (DA `dialogs/notifications.js`): "Notification from ${app}: ${text}" for
 * one text, else "Notification from ${app}" and the formatted messages; no prefix for the app created last in
 * this conversation; errors read "${app} had an error: ${error}.".
 */
export function showNotification(state: AlmondState, notification: NotificationInput, out: RoundWriter): void {
  const { appName, icon, result } = notification;
  if ('error' in result) {
    out.say(`${appName} had an error: ${result.error}.`, icon);
    return;
  }
  const prefixed = notification.appId !== state.currentAppId;
  const [first] = result.formatted;
  if (prefixed && result.formatted.length === 1 && typeof first === 'string') {
    out.say(`Notification from ${appName}: ${first}`, icon);
    return;
  }
  if (prefixed) out.say(`Notification from ${appName}`, icon);
  out.send(...toMessages(result.formatted, icon));
}
