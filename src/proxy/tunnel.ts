// An upgraded connection (WebSocket): opened only after the backend's 101, it is in flight on its backend for its
// whole life, so a re-pointed backend drains it and an ejected or retired one closes it; idle for too long, it closes.
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Backend } from './backends';

export class Tunnel {
  private closed = false;

  constructor(
    private readonly client: Socket,
    private readonly upstream: Duplex,
    private readonly backend: Backend,
    opening: { responseHead: string; early: Buffer; idleTimeoutMs: number },
    private readonly onClose: () => void,
  ) {
    backend.tunnels.add(this);
    // the 101 goes out before anything the backend sends after it, and what the client sent early goes first upstream
    client.write(opening.responseHead);
    if (opening.early.length) upstream.write(opening.early);
    // one timer on the client side sees traffic both ways: everything either end says crosses that socket
    client.setTimeout(opening.idleTimeoutMs, this.close);
    client.on('error', this.close);
    upstream.on('error', this.close);
    client.on('close', this.close);
    upstream.on('close', this.close);
    upstream.pipe(client);
    client.pipe(upstream);
  }

  readonly close = (): void => {
    if (this.closed) return;
    this.closed = true;
    this.backend.tunnels.delete(this);
    this.backend.inFlight--;
    this.client.destroy();
    this.upstream.destroy();
    this.onClose();
  };
}
