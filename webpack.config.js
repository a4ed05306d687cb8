// Two builds: the browser pages (one entry each, content-hashed, teams-js in a lazy chunk) and the Node server.
const path = require('node:path');

const dist = path.resolve(__dirname, 'dist');
const tsRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
};
// Griffel's ahead-of-time transform turns our makeStyles into precomputed classes and CSS (as Fluent's own
// components ship), so the browser bundle needs neither stylis nor rtl-css-js (issue 6, bundle budget).
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

/** Writes which files each page must load first (its entry's initial chunks), for the prerenderer. */
class EntryFilesPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('EntryFilesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'EntryFilesPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const entries = {};
          for (const [name, entrypoint] of compilation.entrypoints) {
            entries[name] = entrypoint.getFiles().filter((file) => file.endsWith('.js'));
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
    entry: {
      tab: './src/tab/entries/tab.tsx',
      config: './src/tab/entries/config.tsx',
      'dialog-signalen': './src/tab/entries/dialog-signalen.tsx',
    },
    output: {
      path: path.join(dist, 'public', 'assets'),
      publicPath: '/assets/',
      filename: '[name].[contenthash:10].js',
      chunkFilename: '[name].[contenthash:10].js',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: { rules: [tsRule, griffelRule] },
    // One initial file per page (one gzip stream, one request); only lazy chunks are split off.
    optimization: { splitChunks: { chunks: 'async' } },
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
