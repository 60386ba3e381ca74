/**
 * The virtual clock's pending timers: a binary min-heap ordered by (when, seq), so timers due at
 * the same instant fire in the order they were added. Removal is lazy: a removed timer stays in
 * the heap, marked dead, until it reaches the top. Every operation is O(log n), so 100,000
 * sleeping goroutines cost no more per scheduling round than one.
 */
export interface Timer {
  readonly when: number;
  readonly seq: number;
  readonly id: number;
  readonly fire: () => void;
  dead: boolean;
}

export class TimerHeap {
  private readonly heap: Timer[] = [];
  private readonly live = new Map<number, Timer>();
  private seq = 0;

  /** the number of timers that have neither fired nor been removed */
  get size(): number { return this.live.size; }

  add(when: number, id: number, fire: () => void): void {
    const t: Timer = { when, seq: this.seq++, id, fire, dead: false };
    this.live.set(id, t);
    this.heap.push(t);
    this.up(this.heap.length - 1);
  }

  /** Remove the timer with this id; false when it already fired or was removed. */
  remove(id: number): boolean {
    const t = this.live.get(id);
    if (!t) return false;
    t.dead = true;
    this.live.delete(id);
    return true;
  }

  /** The earliest live timer, without removing it. */
  peek(): Timer | undefined {
    this.dropDead();
    return this.heap[0];
  }

  /** Remove and return the earliest live timer. */
  pop(): Timer | undefined {
    this.dropDead();
    const t = this.heap[0];
    if (t) { this.removeTop(); this.live.delete(t.id); }
    return t;
  }

  private dropDead(): void {
    while (this.heap.length > 0 && this.heap[0].dead) this.removeTop();
  }

  private removeTop(): void {
    const last = this.heap.pop()!;
    if (this.heap.length > 0) { this.heap[0] = last; this.down(0); }
  }

  private less(a: Timer, b: Timer): boolean {
    return a.when < b.when || (a.when === b.when && a.seq < b.seq);
  }

  private up(i: number): void {
    const h = this.heap;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(h[i], h[p])) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
  }

  private down(i: number): void {
    const h = this.heap;
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < h.length && this.less(h[l], h[m])) m = l;
      if (r < h.length && this.less(h[r], h[m])) m = r;
      if (m === i) return;
      [h[i], h[m]] = [h[m], h[i]];
      i = m;
    }
  }
}
