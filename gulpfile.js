'use strict';

const build = require('@microsoft/sp-build-web');

build.addSuppression(`Warning - [sass] The local CSS class 'ms-Grid' is not camelCase and will not be type-safe.`);

var getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  var result = getTasks.call(build.rig);

  result.set('serve', result.get('serve-deprecated'));

  return result;
};


/**
 * webpack's runtime finds the global object with `new Function('return this')` when `globalThis` is
 * missing. Every browser SharePoint Online and Teams support has `globalThis`, and SharePoint's content
 * security policy refuses code compiled from strings, so the bundles use `globalThis` directly and carry
 * no string-compiled code at all (tests/package/csp.test.ts scans them).
 */
class GlobalThisRuntimePlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap('GlobalThisRuntimePlugin', (compilation) => {
      compilation.hooks.runtimeModule.tap('GlobalThisRuntimePlugin', (module) => {
        if (module.constructor.name === 'GlobalRuntimeModule') module.generate = () => '__webpack_require__.g = globalThis;';
      });
    });
  }
}

build.configureWebpack.mergeConfig({
  additionalConfiguration: (config) => {
    config.plugins = [...(config.plugins || []), new GlobalThisRuntimePlugin()];
    return config;
  }
});

build.initialize(require('gulp'));
