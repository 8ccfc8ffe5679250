// A push-to-pull queue: concurrent statements push events, the consumer of executeProgram pulls them.

export class EventQueue<T> {
  readonly #items: T[] = [];
  #waiting: (() => void) | null = null;
  #closed = false;

  push(item: T): void {
    this.#items.push(item);
    this.#wake();
  }

  close(): void {
    this.#closed = true;
    this.#wake();
  }

  async *drain(): AsyncGenerator<T> {
    for (;;) {
      const item = this.#items.shift();
      if (item !== undefined) {
        yield item;
        continue;
      }
      if (this.#closed) return;
      await new Promise<void>((resolve) => {
        this.#waiting = resolve;
      });
    }
  }

  #wake(): void {
    const waiting = this.#waiting;
    this.#waiting = null;
    waiting?.();
  }
}
