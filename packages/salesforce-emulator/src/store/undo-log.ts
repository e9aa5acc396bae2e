/** A stack of inverse operations; run() rolls back to where it started when fn throws. */
export class UndoLog {
  private readonly stack: Array<() => void> = [];
  private depth = 0;

  /** Only changes made inside run() are kept; outside a transaction there is nothing to undo. */
  record(inverse: () => void): void {
    if (this.depth > 0) this.stack.push(inverse);
  }

  run<T>(fn: () => T): T {
    const mark = this.stack.length;
    this.depth += 1;
    try {
      return fn();
    } catch (err) {
      while (this.stack.length > mark) this.stack.pop()!();
      throw err;
    } finally {
      this.depth -= 1;
      if (this.depth === 0) this.stack.length = 0;
    }
  }
}
