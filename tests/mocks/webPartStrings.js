// Web part string modules are AMD files resolved by SPFx at run time; tests see each key as its own value.
module.exports = new Proxy({}, { get: (_target, key) => String(key) });
