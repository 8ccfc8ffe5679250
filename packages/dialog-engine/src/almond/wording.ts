// Fixed sentences of the agent shared by several dialogs (DA 1.8 `lib/dispatcher.js`, `lib/dialogs/fallback.js`).

/** A command not understood in the default state (DA `getExamples` without examples; reference §4.3). */
export const FAILED_DEFAULT = 'Sorry, I did not understand that. Use ‘help’ to learn what I can do for you.';

/** A task cancelled by the user (DA `dlg.reset()`). */
export const RESET = "Sorry I couldn't help on that.";
