/** The priority queue of the coordination router's shortest-path search (src/org/coordination.ts). */

/** A binary min-heap of search states, ties broken by insertion order (deterministic). */
export class Queue {
  readonly #items: { cost: number; seq: number; state: number }[] = [];
  #seq = 0;
  get size(): number {
    return this.#items.length;
  }
  push(cost: number, state: number): void {
    const items = this.#items;
    items.push({ cost, seq: this.#seq++, state });
    for (let i = items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!this.#less(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }
  pop(): { cost: number; state: number } {
    const items = this.#items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && this.#less(items[l]!, items[m]!)) m = l;
        if (r < items.length && this.#less(items[r]!, items[m]!)) m = r;
        if (m === i) break;
        [items[i], items[m]] = [items[m]!, items[i]!];
        i = m;
      }
    }
    return top;
  }
  #less(a: { cost: number; seq: number }, b: { cost: number; seq: number }): boolean {
    return a.cost < b.cost - 1e-9 || (Math.abs(a.cost - b.cost) <= 1e-9 && a.seq < b.seq);
  }
}
