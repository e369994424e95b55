/** One block of a Server-Sent Events stream as a test reads it: a message, or a comment line. */
export interface SseBlock {
  event?: string;
  id?: string;
  data?: string;
  comment?: string;
}

/** Reads a `text/event-stream` body block by block; for the mocks' tests of their live streams. */
export interface SseReader {
  /** The next block, a keep-alive comment included. */
  next(): Promise<SseBlock>;
  /** The next message, skipping comments. */
  nextMessage(): Promise<SseBlock>;
  /** The next `count` messages. */
  messages(count: number): Promise<SseBlock[]>;
  /** Stops reading: the client goes away. */
  cancel(): Promise<void>;
}

function parseBlock(block: string): SseBlock {
  const parsed: SseBlock = {};
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) {
      parsed.comment = line.slice(1).trim();
      continue;
    }
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') parsed.event = value;
    else if (field === 'id') parsed.id = value;
    else if (field === 'data') parsed.data = parsed.data === undefined ? value : `${parsed.data}\n${value}`;
  }
  return parsed;
}

/** A reader over a live stream's response; throws when the response has no body. */
export function readSse(response: Response): SseReader {
  if (response.body === null) throw new Error('The response has no body to read as a stream');
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const next = async (): Promise<SseBlock> => {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        return parseBlock(block);
      }
      const { done, value } = await reader.read();
      if (done) throw new Error('The stream ended');
      buffer += value;
    }
  };
  const nextMessage = async (): Promise<SseBlock> => {
    for (;;) {
      const block = await next();
      if (block.comment === undefined) return block;
    }
  };
  return {
    next,
    nextMessage,
    messages: async (count) => {
      const found: SseBlock[] = [];
      while (found.length < count) found.push(await nextMessage());
      return found;
    },
    cancel: () => reader.cancel(),
  };
}
