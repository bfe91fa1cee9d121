// jest-environment-node exposes only a subset of Node's globals (no Event, btoa, performance... in some
// versions); playwright-core and PnPjs expect the full set. Copy whatever the sandbox lacks.
const { TestEnvironment } = require('jest-environment-node');

class NodeWithAllGlobals extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of Object.getOwnPropertyNames(globalThis)) {
      if (!(name in this.global)) {
        Object.defineProperty(this.global, name, Object.getOwnPropertyDescriptor(globalThis, name));
      }
    }
  }
}

module.exports = NodeWithAllGlobals;
