// Builds the configurator into ONE plain script (no modules: a page opened as a
// local file may not load module scripts). Deterministic: the same lock file and
// sources give the same bytes, which tests/test_configurator.py checks.
//
//   npm run build                       -> ../content/beheer/configurator.js
//   npm run build -- --out=/tmp/x.js    -> somewhere else (used by the test)
//
// The schema checks are compiled here, ahead of time, from the generated form
// (../content/beheer/formulier.js, made by 'schoolprotocol genereer'): the staff
// site's Content-Security-Policy forbids the code generation (new Function) that
// ajv does in the browser. So after 'schoolprotocol genereer' changes the form,
// run 'npm run build' too (a test compares the committed bundle with a fresh build).
import { build } from 'esbuild';
import { appendFileSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import vm from 'node:vm';
import { compileSchemaValidatorsCode } from '@rjsf/validator-ajv8/compileSchemaValidators';
import { checksOnly } from './src/checks.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const outArg = process.argv.find((arg) => arg.startsWith('--out='));
const outfile = outArg ? path.resolve(outArg.slice(6)) : path.join(here, '..', 'content', 'beheer', 'configurator.js');
const formArg = process.argv.find((arg) => arg.startsWith('--form='));
const formFile = formArg ? path.resolve(formArg.slice(7)) : path.join(here, '..', 'content', 'beheer', 'formulier.js');

// The generated form is a plain script that sets window.SCHOOLPROTOCOL_FORMULIER; run it in an empty sandbox.
const sandbox = { window: {} };
vm.runInNewContext(readFileSync(formFile, 'utf8'), sandbox);
const form = sandbox.window.SCHOOLPROTOCOL_FORMULIER;
const checks = compileSchemaValidatorsCode(checksOnly(form.schema), { ajvOptionsOverrides: { verbose: false, code: { lines: false } } });
const precompiled = {
  name: 'vooraf-gecompileerd',
  setup(b) {
    b.onResolve({ filter: /^vooraf:controles$/ }, () => ({ path: 'controles', namespace: 'vooraf' }));
    b.onLoad({ filter: /.*/, namespace: 'vooraf' }, () => ({ contents: checks, loader: 'js', resolveDir: here }));
  },
};

const result = await build({
  metafile: true,
  absWorkingDir: here,
  entryPoints: ['src/main.jsx'],
  outfile,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2020'],
  minify: true,
  jsx: 'automatic',
  loader: { '.css': 'text' },
  alias: { 'markdown-to-jsx/react': './src/plain-text.js' },
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'eof',
  charset: 'utf8',
  sourcemap: false,
  logLevel: 'warning',
  plugins: [precompiled],
  banner: { js: '/* Configurator voor school_config.yml. Gebouwd met "npm run build" in configurator/; niet met de hand bewerken. */' },
});
// Name every package that went into the bundle, with its version and licence.
const packages = new Set();
for (const input of Object.keys(result.metafile.inputs)) {
  const match = input.match(/^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//); // the innermost package folder
  if (match) packages.add(match[1]);
}
const lines = [...new Set([...packages].map((folder) => {
  const meta = JSON.parse(readFileSync(path.join(here, folder, 'package.json'), 'utf8'));
  return ` * ${meta.name} ${meta.version} (${meta.license})`;
}))].sort();
appendFileSync(outfile, `/*! Bevat deze open-source pakketten:\n${lines.join('\n')}\n */\n`);
console.log(`gebouwd: ${path.relative(process.cwd(), outfile)}`);
