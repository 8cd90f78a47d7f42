/**
 * A read's result serialized as UTF-8 JSON by the heavy-read worker (core/api/heavyReadWorker.ts). It travels as
 * bytes to the page that asked: the worker hands its buffer over (a transfer, not a copy), HTTP writes the bytes
 * as they are, Electron carries them through IPC and the page decodes them. So the app's thread neither rebuilds
 * the objects from the worker (a structured clone: 44 ms for the 22,000-row roster) nor serializes them for the
 * page (45 ms), nor even encodes text (25 ms as a string): what still held up everyone else's calls while a big
 * filing was built beside the app (bench: 报表线程).
 */
export interface JsonBody {
  jsonUtf8: Uint8Array;
}

/** isView, not instanceof: the bytes may come from another realm (Electron's preload world). */
export function isJsonBody(value: unknown): value is JsonBody {
  return typeof value === 'object' && value !== null && Object.keys(value).length === 1 && ArrayBuffer.isView((value as JsonBody).jsonUtf8);
}

export function parseJsonBody(body: JsonBody): unknown {
  return JSON.parse(new TextDecoder().decode(body.jsonUtf8));
}
