// jsdom without the fetch API: give the panel's tests Node's own Request, Response and Headers
// (what the browser has), so openapi-fetch builds real requests.
/* global fetch, Request, Response, Headers, ReadableStream, TextEncoder, TextDecoder -- Node's own */
const { TestEnvironment } = require('jest-environment-jsdom');

module.exports = class DomWithFetchEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    Object.assign(this.global, {
      fetch,
      Request,
      Response,
      Headers,
      ReadableStream,
      TextEncoder,
      TextDecoder,
    });
  }
};
