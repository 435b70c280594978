import type { ServerResponse } from 'node:http';
import type { ApiEvent } from '../../shared/api/events.js';

/** Server-sent events: every progress event of every call goes to every open page. */
export class EventHub {
  private readonly clients = new Set<ServerResponse>();
  private readonly timer: NodeJS.Timeout;

  constructor(keepAliveMs = 15_000) {
    this.timer = setInterval(() => this.write(': keep-alive\n\n'), keepAliveMs);
    this.timer.unref();
  }

  attach(res: ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': ansluten\n\n');
    this.clients.add(res);
    res.on('close', () => this.clients.delete(res));
  }

  emit(e: ApiEvent | Record<string, unknown>): void {
    this.write(`data: ${JSON.stringify(e)}\n\n`);
  }

  get size(): number {
    return this.clients.size;
  }

  close(): void {
    clearInterval(this.timer);
    for (const c of this.clients) c.end();
    this.clients.clear();
  }

  private write(chunk: string): void {
    for (const c of this.clients) c.write(chunk);
  }
}
