/**
 * The main process's side of the backend: requests to the utility process by id, answers matched
 * back, and every waiting call answered with an error value if the process dies (never a hang,
 * never a thrown error across IPC).
 */
export interface BackendRequest { id: number; method: string; input: unknown }
export type BackendMessage =
  | { type: 'result'; id: number; response: unknown }
  | { type: 'event'; event: unknown };

export interface ErrorValue { ok: false; error: { code: string; message: string } }

export const BACKEND_GONE: ErrorValue = {
  ok: false, error: { code: 'internal', message: 'Kontera-motorn avslutades oväntat. Inget osparat har gått förlorat; försök igen.' },
};

export class BackendClient {
  private next = 1;
  private readonly waiting = new Map<number, (r: unknown) => void>();

  constructor(private readonly send: (req: BackendRequest) => void, private readonly onEvent: (e: unknown) => void) {}

  call(method: string, input: unknown): Promise<unknown> {
    const id = this.next++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      try {
        this.send({ id, method, input });
      } catch {
        this.waiting.delete(id);
        resolve(BACKEND_GONE);
      }
    });
  }

  receive(msg: unknown): void {
    const m = msg as BackendMessage;
    if (m?.type === 'event') return this.onEvent(m.event);
    if (m?.type !== 'result') return;
    const done = this.waiting.get(m.id);
    if (!done) return;
    this.waiting.delete(m.id);
    done(m.response);
  }

  /** The process exited: every open call gets an error value. */
  failAll(): void {
    for (const done of this.waiting.values()) done(BACKEND_GONE);
    this.waiting.clear();
  }

  get pending(): number {
    return this.waiting.size;
  }
}
