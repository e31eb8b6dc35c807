// A multi-process proxy's listening socket and who gets each connection on it. The primary accepts and hands every new
// connection to the data-plane worker with the fewest open ones (Envoy's "exact balance"); each worker counts back how
// many it still has. Node's cluster round-robin gives the next connection to whichever worker acknowledged its last one
// first, so a burst of 50 could leave 37 on one worker and 14 on the other: that worker's queue is the longer, and the
// tail latency of everyone on it shows it.
import type { Worker } from 'node:cluster';
import * as net from 'node:net';

/** Sent with each dealt socket, primary → worker. */
export const DEALT = { slipway: 'connection' } as const;
/** A worker's count, worker → primary: connections it was handed in all, and how many of them are still open. */
export interface ConnectionCount {
  slipway: 'connections';
  received: number;
  open: number;
}
/** How long a worker gathers closes before it tells the primary (one message, not one per connection). */
const REPORT_EVERY_MS = 50;

interface Seat {
  worker: Worker;
  sent: number;
  received: number;
  open: number;
}

/** Open connections as the primary sees them: the worker's last count plus those dealt since it made it. */
const load = (s: Seat) => s.open + s.sent - s.received;

export class ConnectionDealer {
  private readonly seats = new Map<number, Seat>();
  private turn = 0;
  /** Accepts without reading: the bytes are the worker's to read. */
  readonly listener = net.createServer({ pauseOnConnect: true }, (socket) => this.deal(socket));

  /** A worker ready to serve gets connections from now on. */
  seat(worker: Worker): void {
    this.seats.set(worker.id, { worker, sent: 0, received: 0, open: 0 });
  }

  unseat(worker: Worker): void {
    this.seats.delete(worker.id);
  }

  /** Each worker's open connections, as far as the primary knows. */
  loads(): number[] {
    return [...this.seats.values()].map(load);
  }

  counted(worker: Worker, count: ConnectionCount): void {
    const seat = this.seats.get(worker.id);
    if (!seat || !Number.isSafeInteger(count.received) || !Number.isSafeInteger(count.open)) return;
    seat.received = count.received;
    seat.open = count.open;
  }

  private deal(socket: net.Socket): void {
    const seat = this.fewest();
    if (!seat) return void socket.destroy(); // every worker is restarting: the client may try again
    seat.sent++;
    // keepOpen false: the socket is the worker's alone once sent; a failed send closes it (the worker just exited)
    seat.worker.send(DEALT, socket, { keepOpen: false }, (err: Error | null) => err && socket.destroy());
  }

  /** The seated worker with the fewest open connections; among equals, each in turn. */
  private fewest(): Seat | undefined {
    const seats = [...this.seats.values()].filter((s) => s.worker.isConnected());
    let best: Seat | undefined;
    for (let i = 0; i < seats.length; i++) {
      const s = seats[(this.turn + i) % seats.length];
      if (!best || load(s) < load(best)) best = s;
    }
    this.turn++;
    return best;
  }
}

/** The worker's half: takes the sockets its primary deals, counts them while open and reports the count. */
export class DealtConnections {
  private received = 0;
  private open = 0;
  private reporting: NodeJS.Timeout | undefined;

  constructor(private readonly report: (count: ConnectionCount) => void) {}

  /** A socket from the primary, to serve; `accepting` false (the worker drains) closes it unserved. */
  take(socket: net.Socket, serve: (socket: net.Socket) => void, accepting: boolean): void {
    this.received++;
    if (!accepting) return void socket.destroy();
    this.open++;
    socket.once('close', () => {
      this.open--;
      this.reporting ??= setTimeout(() => {
        this.reporting = undefined;
        this.report({ slipway: 'connections', received: this.received, open: this.open });
      }, REPORT_EVERY_MS).unref();
    });
    serve(socket);
  }
}
