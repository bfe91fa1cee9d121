// jsdom for component tests whose services are the real SharePoint adapters talking HTTP to the
// emulator in the same process: jsdom has no fetch, so Node's fetch (and the Request, Response,
// Headers and AbortSignal it requires instances of) replace jsdom's; other Node globals the emulator
// uses (Buffer, TextEncoder, setImmediate...) are copied where jsdom lacks them.
const { TestEnvironment } = require('jest-environment-jsdom');

// React's scheduler posts work through MessageChannel when it exists; Node's would outlive the test
// environment and run React after teardown, so jsdom's absence of it is kept.
const KEEP_ABSENT = new Set(['MessageChannel', 'MessagePort', 'BroadcastChannel']);
const NETWORK = ['fetch', 'Request', 'Response', 'Headers', 'AbortController', 'AbortSignal', 'ReadableStream', 'TextEncoder', 'TextDecoder', 'Blob', 'structuredClone'];

class JsdomWithNodeNetwork extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of NETWORK) {
      const descriptor = Object.getOwnPropertyDescriptor(globalThis, name);
      if (descriptor) Object.defineProperty(this.global, name, descriptor);
    }
    for (const name of Object.getOwnPropertyNames(globalThis)) {
      if (!(name in this.global) && !KEEP_ABSENT.has(name)) Object.defineProperty(this.global, name, Object.getOwnPropertyDescriptor(globalThis, name));
    }
  }
}

module.exports = JsdomWithNodeNetwork;
