import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { build } from 'esbuild';
import type { RouteHandler } from './http';

const clientDir = join(__dirname, '..', 'client');
const fontsDir = join(__dirname, '..', '..', 'node_modules', '@fluentui', 'font-icons-mdl2', 'fonts');
// The Value Network Designer's Teams colour icon doubles as the page's icon.
const faviconPath = join(__dirname, '..', '..', 'teams', '23c26a5b-d4e1-4690-9a5b-143d31bfd6ed_color.png');

// The page must run under a policy as strict as SharePoint's for the product's code: no inline script,
// no eval. Fluent UI injects <style> elements, which SharePoint also allows.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'";

/** The workbench page's scripts by their path under `/workbench/` (`main.js` and its chunks). */
export type WorkbenchBundle = ReadonlyMap<string, string>;

/**
 * Bundles the workbench page (the product's app roots plus the workbench controls) with esbuild, in
 * memory, as ES modules split at every dynamic import: each app loads when the page shows it, and what
 * the apps load on demand (the parsers, the layout engine) comes in its own chunk, as the web part
 * bundles do in SharePoint. So a page that shows one app loads about what that web part would.
 */
export async function bundleWorkbenchClient(): Promise<WorkbenchBundle> {
  const outdir = join(clientDir, 'out');
  const result = await build({
    entryPoints: [join(clientDir, 'main.tsx')],
    bundle: true,
    write: false,
    format: 'esm',
    splitting: true,
    outdir,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    target: 'es2019',
    minify: true,
    sourcemap: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent'
  });
  return new Map(result.outputFiles.map((file) => [relative(outdir, file.path).split(sep).join('/'), file.text]));
}

/** Serves the workbench page, its script bundle and the Fluent icon font. */
export function createPageHandler(bundle: WorkbenchBundle): RouteHandler {
  const html = readFileSync(join(clientDir, 'index.html'), 'utf8');
  const fabricConfig = readFileSync(join(clientDir, 'fabric-config.js'), 'utf8');
  return async (req, res, url) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const send = (type: string, body: string | Buffer, extra: Record<string, string> = {}): true => {
      res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...extra });
      res.end(req.method === 'HEAD' ? undefined : body);
      return true;
    };
    if (url.pathname === '/' || url.pathname === '/workbench' || url.pathname === '/workbench/') {
      return send('text/html; charset=utf-8', html, { 'Content-Security-Policy': contentSecurityPolicy });
    }
    const script = url.pathname.startsWith('/workbench/') ? bundle.get(url.pathname.slice('/workbench/'.length)) : undefined;
    if (script !== undefined) return send('text/javascript; charset=utf-8', script);
    if (url.pathname === '/workbench/fabric-config.js') return send('text/javascript; charset=utf-8', fabricConfig);
    if (url.pathname === '/favicon.ico') return send('image/png', readFileSync(faviconPath));
    const font = /^\/workbench\/fonts\/([\w.-]+\.woff)$/.exec(url.pathname);
    if (font) {
      try {
        return send('font/woff', readFileSync(join(fontsDir, font[1])));
      } catch {
        return false;
      }
    }
    return false;
  };
}
