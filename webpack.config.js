// Two builds: the browser pages (one entry each, content-hashed, teams-js in a lazy chunk) and the Node server.
const path = require('node:path');
// The page registry is TypeScript (src/content/pages.ts); tsx's API loads it, so the list stays in one place.
const { PAGE_NAMES } = require('tsx/cjs/api').require('./src/content/pages.ts', __filename);

const dist = path.resolve(__dirname, 'dist');
const tsRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
};
// Griffel's ahead-of-time transform turns our makeStyles into precomputed classes and CSS (as Fluent's own
// components ship), so the browser bundle needs neither stylis nor rtl-css-js, which keeps the bundle budget.
const griffelFrom = (importName) => ({ moduleSource: '@fluentui/react-components', importName });
const griffelRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  enforce: 'post',
  use: {
    loader: '@griffel/webpack-loader',
    options: {
      babelOptions: { presets: ['@babel/preset-typescript'] },
      modules: [griffelFrom('makeStyles'), griffelFrom('makeResetStyles')],
    },
  },
};

/** V8's hint to compile a whole script at once (a comment on its first line). */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** A warning in this build has meant a broken page (an import that does not exist): fail on any. */
class FailOnWarningsPlugin {
  apply(compiler) {
    compiler.hooks.done.tap('FailOnWarningsPlugin', (stats) => {
      if (stats.hasWarnings()) {
        console.error('The build has warnings; they are treated as errors.');
        process.exitCode = 1;
      }
    });
  }
}

/**
 * Writes, per page, its boot files (`initial`: the small boot script, which the prerenderer puts inline in the
 * HTML) and every file it needs before it is interactive (`beforeInteractive`: the boot script, the page's app
 * chunk, named `<page>-app`, and the chunks that chunk preloads), for the prerenderer and the bundle budget.
 *
 * The files a page runs as soon as it has painted (its app chunk and what that preloads: React's DOM renderer)
 * start with V8's compile hint: nearly all their functions run while the page hydrates, so compiling them eagerly,
 * while the script streams in off the main thread, saves the main thread the lazy compiles in the middle of
 * hydration. Added after minification, which would drop the comment.
 */
class EntryFilesPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('EntryFilesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'EntryFilesPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const js = (files) => files.filter((file) => file.endsWith('.js'));
          const entries = {};
          for (const [name, entrypoint] of compilation.entrypoints) {
            const app = compilation.namedChunkGroups.get(`${name}-app`);
            if (!app) {
              compilation.errors.push(
                new Error(`EntryFilesPlugin: entry "${name}" loads no "${name}-app" chunk`),
              );
              continue;
            }
            const initial = js(entrypoint.getFiles());
            const preloaded = (
              app.getChildrenByOrders(compilation.moduleGraph, compilation.chunkGraph).preload ?? []
            ).flatMap((group) => js(group.getFiles()));
            entries[name] = {
              initial,
              beforeInteractive: [...new Set([...initial, ...js(app.getFiles()), ...preloaded])],
            };
          }
          const afterPaint = Object.values(entries).flatMap((e) =>
            e.beforeInteractive.filter((file) => !e.initial.includes(file)),
          );
          for (const file of new Set(afterPaint)) {
            compilation.updateAsset(
              file,
              (source) => new compiler.webpack.sources.ConcatSource(COMPILE_HINT, source),
            );
          }
          compilation.emitAsset(
            '../../entries.json',
            new compiler.webpack.sources.RawSource(JSON.stringify(entries, null, 2)),
          );
        },
      );
    });
  }
}

module.exports = (_env, argv) => {
  const production = argv.mode !== 'development';
  const client = {
    name: 'client',
    target: 'web',
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    // One entry per page, by name: src/tab/entries/<name>.ts.
    entry: Object.fromEntries(PAGE_NAMES.map((name) => [name, `./src/tab/entries/${name}.ts`])),
    output: {
      path: path.join(dist, 'public', 'assets'),
      publicPath: '/assets/',
      filename: '[name].[contenthash:10].js',
      chunkFilename: '[name].[contenthash:10].js',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: { rules: [tsRule, griffelRule] },
    // Per page one small boot file, one app chunk (one request and one gzip stream for Fluent and the page) and
    // React's DOM renderer, which the app chunk preloads and runs in a task of its own; lazy parts (teams-js, dark
    // themes, notices) stay chunks of their own.
    optimization: {
      splitChunks: { chunks: 'async', cacheGroups: { default: false, defaultVendors: false } },
    },
    performance: { hints: false },
    plugins: [new EntryFilesPlugin(), new FailOnWarningsPlugin()],
  };
  const server = {
    name: 'server',
    target: 'node20',
    mode: production ? 'production' : 'development',
    devtool: false,
    entry: { main: './src/server/main.ts' },
    output: { path: path.join(dist, 'server'), filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [tsRule] },
    // Packages stay in node_modules; only our own code is bundled.
    externals: [
      ({ request }, callback) =>
        /^[^./]/.test(request) ? callback(null, `commonjs ${request}`) : callback(),
    ],
    optimization: { minimize: false },
    node: { __dirname: false },
  };
  return [client, server];
};
