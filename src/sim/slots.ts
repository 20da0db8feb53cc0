/**
 * Capacity and queue, like vLLM's scheduler: at most `capacity` requests run at once (its
 * max_num_seqs); the rest wait in FIFO order; beyond `queueLimit` waiting, a request is
 * turned away. Every operation is O(1) (a linked queue; a cancelled waiter is skipped when
 * it reaches the head), so the simulator adds no overhead a benchmark could mistake for the
 * client's.
 */

export interface SlotsOptions {
  capacity: number;
  queueLimit: number;
  /** Called whenever the number running or waiting changes (the server keeps the peaks). */
  onChange?: (running: number, waiting: number) => void;
}

/** A request's place: cancel it when its client goes away, release it when it is done. */
export interface SlotTicket {
  /** Gives the slot back (or leaves the queue). Safe to call more than once. */
  release(): void;
}

export interface Slots {
  /**
   * Calls `start` once the request holds a slot: at once when one is free, else when its turn
   * comes. Returns null, without queueing, when the queue is already full.
   */
  enter(start: () => void): SlotTicket | null;
  readonly running: number;
  readonly waiting: number;
}

interface Waiter {
  start: () => void;
  state: 'waiting' | 'running' | 'done';
  next: Waiter | null;
}

export function createSlots({ capacity, queueLimit, onChange }: SlotsOptions): Slots {
  let running = 0;
  let waiting = 0;
  let head: Waiter | null = null;
  let tail: Waiter | null = null;

  const changed = () => onChange?.(running, waiting);

  function run(waiter: Waiter) {
    waiter.state = 'running';
    running++;
    waiter.start();
  }

  function admitWaiters() {
    while (running < capacity && head) {
      const waiter = head;
      head = waiter.next;
      if (!head) tail = null;
      // A waiter that left the queue was already uncounted when it left.
      if (waiter.state !== 'waiting') continue;
      waiting--;
      run(waiter);
    }
  }

  function release(waiter: Waiter) {
    if (waiter.state === 'running') {
      running--;
      admitWaiters();
    } else if (waiter.state === 'waiting') {
      waiting--;
    } else {
      return;
    }
    waiter.state = 'done';
    changed();
  }

  return {
    enter(start) {
      const waiter: Waiter = { start, state: 'waiting', next: null };
      const ticket = { release: () => release(waiter) };
      if (running < capacity && !head) {
        run(waiter);
      } else if (waiting >= queueLimit) {
        return null;
      } else {
        waiting++;
        if (tail) tail.next = waiter;
        else head = waiter;
        tail = waiter;
      }
      changed();
      return ticket;
    },
    get running() {
      return running;
    },
    get waiting() {
      return waiting;
    },
  };
}
