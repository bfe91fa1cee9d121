// The project's own lint rules (../shared/ARCHITECTURE.md, "Faces").
//
// import-through-faces: a file may import the inner files of its own package, but another package only
// through that package's face (its index.ts). Packages: src/core (its root: the error hierarchy), each
// sub-package of src/core, src/interchange (with a light face, src/interchange/light, that loads no
// parser), src/services, each adapter under src/adapters, and src/ui, whose apps (src/ui/apps/<App>)
// are faces of their own so that each web part bundles only its app.
// Everything else (src/webparts, cli, workbench, bench, scripts) is a package that nobody imports.
'use strict';
const fs = require('fs');
const path = require('path');

const CORE_SUBPACKAGE = /^src\/core\/([^/]+)\//;
const ADAPTER = /^src\/adapters\/([^/]+)\//;
const LAYER = /^src\/([^/]+)\//;
// Second faces: each app of src/ui (a web part bundles only its own app) and the light face of
// src/interchange (what a first render may load: no parser).
const EXTRA_FACE = /^(src\/ui\/apps\/[^/]+|src\/interchange\/light)$/;

/** The package a file belongs to, as the folder of its face (`src/core/model`, `src/services`, `cli`...). */
function packageOf(relativeFile) {
  let match;
  if ((match = CORE_SUBPACKAGE.exec(relativeFile))) return `src/core/${match[1]}`;
  if ((match = ADAPTER.exec(relativeFile))) return `src/adapters/${match[1]}`;
  if ((match = LAYER.exec(relativeFile))) return `src/${match[1]}`;
  return relativeFile.split('/')[0];
}

function isFaceFolder(relativeFolder) {
  return packageOf(`${relativeFolder}/index.ts`) === relativeFolder || EXTRA_FACE.test(relativeFolder);
}

function hasIndex(absoluteFolder) {
  return fs.existsSync(path.join(absoluteFolder, 'index.ts')) || fs.existsSync(path.join(absoluteFolder, 'index.tsx'));
}

const toPosix = (p) => p.split(path.sep).join('/');

const importThroughFaces = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports from another package go through its face (index.ts), never into its files.' },
    messages: {
      deep: "'{{spec}}' reaches into {{pkg}}: import it through '{{face}}' (the package's index.ts), exporting the name there if it belongs to the package's public face."
    },
    schema: []
  },
  create(context) {
    const cwd = typeof context.getCwd === 'function' ? context.getCwd() : context.cwd;
    const filename = typeof context.getFilename === 'function' ? context.getFilename() : context.filename;
    const importer = toPosix(path.relative(cwd, filename));
    if (importer.startsWith('..')) return {};
    const importerPackage = packageOf(importer);

    function check(node, source) {
      if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const spec = source.value;
      const absolute = path.resolve(path.dirname(filename), spec);
      const target = toPosix(path.relative(cwd, absolute));
      if (!target.startsWith('src/')) return;
      const isFolder = hasIndex(absolute) && !fs.existsSync(`${absolute}.ts`) && !fs.existsSync(`${absolute}.tsx`);
      const folder = isFolder ? target : /\/index$/.test(target) ? target.replace(/\/index$/, '') : undefined;
      if (folder !== undefined && isFaceFolder(folder)) return;
      const targetPackage = packageOf(isFolder ? `${target}/index.ts` : `${target}.ts`);
      if (targetPackage === importerPackage) return;
      let face = toPosix(path.relative(path.dirname(filename), path.join(cwd, targetPackage)));
      if (!face.startsWith('.')) face = `./${face}`;
      context.report({ node: source, messageId: 'deep', data: { spec, pkg: targetPackage, face } });
    }

    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source)
    };
  }
};

module.exports = { rules: { 'import-through-faces': importThroughFaces } };
