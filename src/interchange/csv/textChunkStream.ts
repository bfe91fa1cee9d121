/**
 * Turns any text source into the minimal readable-stream shape papaparse streams from, so the browser
 * (a File from an upload) and Node (a file stream) take the same path with the same behaviour.
 *
 * Why not hand a File straight to papaparse: its FileStreamer slices by bytes and decodes each slice
 * on its own, which corrupts any multi-byte UTF-8 character that straddles two slices. Here bytes go
 * through one streaming TextDecoder. The stream pulls a chunk only while not paused, so a slow
 * consumer holds at most one chunk in memory.
 */

/** What the streaming imports read: a string, a Blob/File, or an async iterable of text or UTF-8 bytes (a Node stream). */
export type TextSource = string | Blob | AsyncIterable<string | Uint8Array>;

/** The subset of a Node readable stream that papaparse's stream reader uses. */
export interface PullStream {
  readonly readable: true;
  read(): void;
  on(event: string, listener: (arg?: unknown) => void): PullStream;
  removeListener(event: string, listener: (arg?: unknown) => void): PullStream;
  pause(): void;
  resume(): void;
}

/** Default chunk: 1 MiB of text per pull. */
export const DEFAULT_CHUNK_CHARS: number = 1024 * 1024;

function isBlob(source: TextSource): source is Blob {
  return typeof Blob !== 'undefined' && source instanceof Blob;
}

/**
 * Makes a pull function returning successive text chunks, then `undefined` at the end.
 *
 * @param source - string (sliced), Blob (read slice by slice, decoded as UTF-8), or async iterable
 *   (strings passed through, bytes decoded as UTF-8; invalid bytes become U+FFFD)
 * @param chunkChars - size of each slice for strings (characters) and Blobs (bytes)
 */
export function createChunkReader(source: TextSource, chunkChars: number = DEFAULT_CHUNK_CHARS): () => Promise<string | undefined> {
  if (typeof source === 'string') {
    let offset = 0;
    return async () => {
      if (offset >= source.length) return undefined;
      const chunk = source.slice(offset, offset + chunkChars);
      offset += chunkChars;
      return chunk;
    };
  }
  const decoder = new TextDecoder('utf-8');
  let done = false;
  // Flushes the decoder once: a truncated multi-byte sequence at the very end becomes U+FFFD.
  const end = (): string | undefined => {
    done = true;
    const tail = decoder.decode();
    return tail === '' ? undefined : tail;
  };
  if (isBlob(source)) {
    let offset = 0;
    return async () => {
      if (done) return undefined;
      if (offset >= source.size) return end();
      const bytes = new Uint8Array(await source.slice(offset, offset + chunkChars).arrayBuffer());
      offset += chunkChars;
      return decoder.decode(bytes, { stream: true });
    };
  }
  const iterator = source[Symbol.asyncIterator]();
  return async () => {
    if (done) return undefined;
    const next = await iterator.next();
    if (next.done === true) return end();
    return typeof next.value === 'string' ? next.value : decoder.decode(next.value, { stream: true });
  };
}

/**
 * Reads ahead until at least `minChars` characters (or the whole source) are in hand, so that format
 * checks (binary content, the delimiter of the header line) never see a sliver of a file.
 *
 * @returns the head, and a pull function that yields the head first and then the rest of the source
 */
export async function readHead(
  pull: () => Promise<string | undefined>,
  minChars: number
): Promise<{ head: string; pull: () => Promise<string | undefined> }> {
  const parts: string[] = [];
  let length = 0;
  for (;;) {
    if (length >= minChars) break;
    const chunk = await pull();
    if (chunk === undefined) break;
    parts.push(chunk);
    length += chunk.length;
  }
  const head = parts.join('');
  let headGiven = false;
  return {
    head,
    pull: async () => {
      if (headGiven) return pull();
      headGiven = true;
      return head === '' ? pull() : head;
    }
  };
}

/**
 * Wraps a pull function as a pausable stream. Pulling starts on the microtask after the first
 * listener is added, stops while paused, and emits `end` once, after the last chunk.
 */
export function createPullStream(pull: () => Promise<string | undefined>): PullStream {
  const listeners: Record<string, ((arg?: unknown) => void)[]> = { data: [], end: [], error: [] };
  let paused = false;
  let pumping = false;
  let finished = false;
  let started = false;
  const emit = (event: string, arg?: unknown): void => [...(listeners[event] ?? [])].forEach((l) => l(arg));

  const deliver = (chunk: string | undefined): void => {
    if (chunk === undefined) {
      finished = true;
      emit('end');
    } else if (chunk !== '') emit('data', chunk);
  };
  const fail = (error: unknown): void => {
    finished = true;
    emit('error', error);
  };
  const pump = async (): Promise<void> => {
    if (pumping || finished) return;
    pumping = true;
    try {
      // `paused` changes from outside (a listener pausing us); re-checked after every chunk.
      for (;;) {
        if (paused || finished) break;
        deliver(await pull());
      }
    } catch (error) {
      fail(error);
    } finally {
      pumping = false;
    }
  };
  const start = (): void => {
    pump().catch(() => undefined);
  };

  const stream: PullStream = {
    readable: true,
    read: () => undefined,
    on(event, listener) {
      (listeners[event] = listeners[event] ?? []).push(listener);
      if (!started) {
        started = true;
        Promise.resolve().then(start, start);
      }
      return stream;
    },
    removeListener(event, listener) {
      listeners[event] = (listeners[event] ?? []).filter((l) => l !== listener);
      return stream;
    },
    pause() {
      paused = true;
    },
    resume() {
      paused = false;
      start();
    }
  };
  return stream;
}
