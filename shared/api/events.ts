/** Events a long job pushes while it runs (progress bars in the CLI and the UI). */
export type ApiEvent =
  | { type: 'progress'; job: string; done: number; total: number; label?: string }
  | { type: 'log'; level: 'info' | 'warning'; message: string };

export type EventSink = (e: ApiEvent) => void;
