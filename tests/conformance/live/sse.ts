/** One Server-Sent Events message as a browser's EventSource dispatches it. */
export interface SseMessage {
  event: string;
  data: string;
  /** The `id:` of this message, or undefined when it had none. */
  id: string | undefined;
}

/** How long the suite waits for a condition on a stream before it gives up (not a sleep). */
export const streamWaitMs = 5_000;

/**
 * A live stream read with `fetch` and a small parser of the `text/event-stream` format (WHATWG
 * HTML, "Server-sent events": lines, `field: value`, a blank line dispatches, `:` a comment).
 * Everything read is kept, so a test can look at what came and wait for what is to come.
 */
export class SseStream {
  readonly messages: SseMessage[] = [];
  /** Comment lines seen (`: keep-alive`). */
  comments = 0;
  /** Whether the server ended the stream. */
  ended = false;
  readonly #abort: AbortController;
  #waiters = new Set<() => void>();

  private constructor(
    readonly response: Response,
    abort: AbortController,
  ) {
    this.#abort = abort;
  }

  /** `GET url` as a client of the stream asks it; the stream is read only on a 200 `text/event-stream`. */
  static async open(url: string, token: string | null, lastEventId?: string): Promise<SseStream> {
    const abort = new AbortController();
    const headers = new Headers({ Accept: 'text/event-stream' });
    if (token !== null) headers.set('Authorization', `Bearer ${token}`);
    if (lastEventId !== undefined) headers.set('Last-Event-ID', lastEventId);
    const response = await fetch(url, { headers, signal: abort.signal });
    const stream = new SseStream(response, abort);
    const type = response.headers.get('content-type') ?? '';
    if (response.ok && type.startsWith('text/event-stream') && response.body !== null)
      void stream.#read(response.body);
    return stream;
  }

  /** Drops the connection, as a lost network does. */
  close(): void {
    this.#abort.abort();
  }

  /** The messages of `event` so far. */
  of(event: string): SseMessage[] {
    return this.messages.filter((message) => message.event === event);
  }

  /** Waits until `condition` holds over what was read (or the wait runs out: an error naming `what`). */
  async until(what: string, condition: () => boolean, timeoutMs = streamWaitMs): Promise<void> {
    if (condition()) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiters.delete(check);
        reject(
          new Error(
            `Waited ${timeoutMs} ms on the stream for ${what}; read: ${JSON.stringify(this.messages)}`,
          ),
        );
      }, timeoutMs);
      const check = () => {
        if (!condition()) return;
        clearTimeout(timer);
        this.#waiters.delete(check);
        resolve();
      };
      this.#waiters.add(check);
    });
  }

  #changed(): void {
    for (const check of [...this.#waiters]) check();
  }

  async #read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let pending = '';
    let data: string[] = [];
    let event = '';
    let id: string | undefined;
    const line = (text: string) => {
      if (text === '') {
        if (data.length > 0 || event !== '')
          this.messages.push({ event: event === '' ? 'message' : event, data: data.join('\n'), id });
        data = [];
        event = '';
        id = undefined;
        return;
      }
      if (text.startsWith(':')) {
        this.comments += 1;
        return;
      }
      const colon = text.indexOf(':');
      const field = colon < 0 ? text : text.slice(0, colon);
      let value = colon < 0 ? '' : text.slice(colon + 1);
      if (value.startsWith(' ')) value = value.slice(1);
      if (field === 'data') data.push(value);
      else if (field === 'event') event = value;
      else if (field === 'id' && !value.includes('\0')) id = value;
    };
    try {
      for await (const chunk of body) {
        pending += decoder.decode(chunk, { stream: true });
        const lines = pending.split(/\r\n|\r|\n/);
        pending = lines.pop() ?? '';
        for (const text of lines) line(text);
        this.#changed();
      }
    } catch {
      // Dropped by close(): what was read stays.
    }
    this.ended = true;
    this.#changed();
  }
}
