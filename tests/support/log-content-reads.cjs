/**
 * Preloaded into every Node process of a build (`NODE_OPTIONS=--require …`), so a test sees from
 * outside how often the site reads and parses its content; the site's code knows nothing of it.
 * Appends to READ_LOG, one line each:
 * - `<pid>\tread\t<path>`: a read of a Markdown file under CONTENT_DIR;
 * - `<pid>\tparse\t<sha1 of the text>`: a parse of a Markdown file's text by gray-matter, the first
 *   step of every article parse.
 */
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');

const log = process.env.READ_LOG;
const root = path.resolve(process.env.CONTENT_DIR ?? 'content') + path.sep;
const readFileSync = fs.readFileSync;
const appendFileSync = fs.appendFileSync;

fs.readFileSync = function loggedReadFileSync(file, ...rest) {
  if (log && typeof file === 'string' && file.endsWith('.md')) {
    const absolute = path.resolve(file);
    if (absolute.startsWith(root)) appendFileSync(log, `${process.pid}\tread\t${absolute}\n`);
  }
  return readFileSync.call(this, file, ...rest);
};
// ES modules that import { readFileSync } from 'node:fs' see the wrapper too.
Module.syncBuiltinESMExports();

const wrapped = new WeakMap();
const load = Module._load;
Module._load = function loggedLoad(request, ...rest) {
  const exported = load.call(this, request, ...rest);
  // Next requires an external package under an alias of its own: `gray-matter-5314f979e39e320e`.
  if (!log || !/^gray-matter(-[0-9a-f]+)?$/.test(request) || typeof exported !== 'function') return exported;
  if (!wrapped.has(exported)) {
    const matter = function loggedMatter(input, ...options) {
      const text = Buffer.isBuffer(input) ? input.toString('utf8') : input;
      if (typeof text === 'string') appendFileSync(log, `${process.pid}\tparse\t${createHash('sha1').update(text).digest('hex')}\n`);
      return exported.call(this, input, ...options);
    };
    Object.assign(matter, exported);
    wrapped.set(exported, matter);
  }
  return wrapped.get(exported);
};
