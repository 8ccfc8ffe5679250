// One query of a session at a time: each waits for the one before, so that it starts from the state that one left.
type SessionTurns = <T>(sessionId: string, work: () => Promise<T>) => Promise<T>;

export function sessionTurns(): SessionTurns {
  const last = new Map<string, Promise<unknown>>();
  return (sessionId, work) => {
    const run = (last.get(sessionId) ?? Promise.resolve()).then(work);
    const settled = run.catch(() => undefined);
    last.set(sessionId, settled);
    void settled.then(() => {
      if (last.get(sessionId) === settled) last.delete(sessionId);
    });
    return run;
  };
}
