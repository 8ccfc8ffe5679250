// The README examples an npm user can paste and run: code blocks fenced as ```ts runnable (GitHub and editors
// read the first word of the fence as the language and ignore the rest). Each must be a whole ES module that
// imports only published packages and Node built-ins, and checks its own results with node:assert.

const RUNNABLE_FENCE = /^```ts runnable[ \t]*\n([\s\S]*?)^```[ \t]*$/gm;

/** The runnable examples of a README, in order of appearance. */
export function runnableExamples(markdown: string): string[] {
  return [...markdown.matchAll(RUNNABLE_FENCE)].map((match) => match[1] ?? '');
}
