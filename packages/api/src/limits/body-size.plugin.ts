import type { Lang } from '@mttq/core';
import type { Plugin } from 'graphql-yoga';
import { langOf } from '../http/language.plugin.js';
import { carryArrival } from '../http/request-arrival.js';

/**
 * Refuses, before anything is parsed, a request larger than `maxBytes`: a body over the limit gets HTTP 413
 * and a URL over it (a GET carries its query there) HTTP 414, each with a JSON error coded
 * `REQUEST.BODY_TOO_LARGE` / `REQUEST.URL_TOO_LONG`. The declared `Content-Length` is checked first; the bytes
 * are counted as they stream in too, so a body that lies about its length or has none is cut off at the limit
 * rather than buffered whole.
 *
 * @example
 * createYoga({ schema, plugins: [useBodySizeLimit(256 * 1024)] });
 */
export function useBodySizeLimit(maxBytes: number): Plugin {
  return {
    async onRequest({ request, setRequest, endResponse, fetchAPI }) {
      if (request.url.length > maxBytes) {
        const message =
          langOf(request) === 'en'
            ? `The URL is too long: at most ${maxBytes} bytes. Send the query with POST.`
            : `URL quá dài: tối đa ${maxBytes} byte. Hãy gửi truy vấn bằng POST.`;
        endResponse(refusal(fetchAPI, 414, 'REQUEST.URL_TOO_LONG', message, maxBytes, langOf(request)));
        return;
      }
      if (request.body === null) return;
      const declared = Number(request.headers.get('content-length') ?? Number.NaN);
      const body = declared > maxBytes ? undefined : await readAtMost(request.body, maxBytes);
      if (body === undefined) {
        // The rest is left unread, not cancelled: over HTTP, Node discards it and the client still gets the 413.
        const message =
          langOf(request) === 'en' ? `The request is too large: at most ${maxBytes} bytes.` : `Yêu cầu quá lớn: tối đa ${maxBytes} byte.`;
        endResponse(refusal(fetchAPI, 413, 'REQUEST.BODY_TOO_LARGE', message, maxBytes, langOf(request)));
        return;
      }
      // The stream is consumed: Yoga reads the same bytes from a copy of the request.
      const copy = new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, body, signal: request.signal });
      carryArrival(request, copy);
      setRequest(copy);
    },
  };
}

/** The whole body, or undefined as soon as it passes `max` bytes (the rest is never read). */
async function readAtMost(stream: ReadableStream<Uint8Array>, max: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const chunk = typeof value === 'string' ? new TextEncoder().encode(value) : value;
    size += chunk.byteLength;
    if (size > max) {
      reader.releaseLock();
      return undefined;
    }
    chunks.push(chunk);
  }
  const body = new Uint8Array(new ArrayBuffer(size));
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}

function refusal(
  fetchAPI: { Response: typeof Response },
  status: number,
  code: string,
  message: string,
  max: number,
  lang: Lang,
): Response {
  return new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code, max } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'content-language': lang, connection: 'close' },
  });
}
