// Node's own HTTP/1.1 parser (llhttp, the one its HTTP server uses) and its header checks, reached through
// `_http_common` — the proxy's fast path drives them directly instead of going through IncomingMessage.
/* eslint-disable @typescript-eslint/no-require-imports */

export interface Parser {
  initialize(type: number, resource: object, maxHeaderSize: number, lenient: number): void;
  execute(data: Buffer): number | Error;
  /** The input ended: an answer delimited by the connection's end completes. */
  finish(): number | Error | undefined;
  close(): void;
  [callback: number]: unknown;
}

interface HttpCommon {
  HTTPParser: {
    new (): Parser;
    REQUEST: number;
    RESPONSE: number;
    kOnMessageBegin: number;
    kOnHeaders: number;
    kOnHeadersComplete: number;
    kOnBody: number;
    kOnMessageComplete: number;
    kLenientNone: number;
  };
  methods: string[];
  _checkIsHttpToken(name: string): boolean;
  _checkInvalidHeaderChar(value: string): boolean;
}

const common = require('_http_common') as HttpCommon;

export const { HTTPParser } = common;
/** llhttp's method numbers → names. */
export const methods = common.methods;
export const isToken = common._checkIsHttpToken;
/** A value Node would refuse to write (CR, LF, NUL and other control characters). */
export const hasInvalidChar = common._checkInvalidHeaderChar;

/** A request parser as strict as Node's HTTP server's by default (no lenient flags). */
export function requestParser(maxHeaderBytes: number): Parser {
  const parser = new HTTPParser();
  parser.initialize(HTTPParser.REQUEST, {}, maxHeaderBytes, HTTPParser.kLenientNone);
  return parser;
}

/** A response parser as strict as Node's HTTP client's, with Node's default header limit. */
export function responseParser(): Parser {
  const parser = new HTTPParser();
  parser.initialize(HTTPParser.RESPONSE, {}, 0, HTTPParser.kLenientNone);
  return parser;
}
