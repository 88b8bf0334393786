// jsdom lacks TextEncoder/TextDecoder, which the .docx reader (and so the Word host) needs:
// import this first in a jsdom test.
import { TextDecoder, TextEncoder } from "node:util";

const g = globalThis as unknown as Record<string, unknown>;
g.TextDecoder ??= TextDecoder;
g.TextEncoder ??= TextEncoder;
