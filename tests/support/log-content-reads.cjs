/**
 * Preloaded into every Node process of a build (`NODE_OPTIONS=--require …`): appends each read of a
 * Markdown file under CONTENT_DIR to READ_LOG as `<pid>\t<path>`, so a test sees from outside how
 * often the site reads its content.
 */
const fs = require('node:fs');
const path = require('node:path');
const { syncBuiltinESMExports } = require('node:module');

const log = process.env.READ_LOG;
const root = path.resolve(process.env.CONTENT_DIR ?? 'content') + path.sep;
const readFileSync = fs.readFileSync;

fs.readFileSync = function loggedReadFileSync(file, ...rest) {
  if (log && typeof file === 'string' && file.endsWith('.md')) {
    const absolute = path.resolve(file);
    if (absolute.startsWith(root)) fs.appendFileSync(log, `${process.pid}\t${absolute}\n`);
  }
  return readFileSync.call(this, file, ...rest);
};
// ES modules that import { readFileSync } from 'node:fs' see the wrapper too.
syncBuiltinESMExports();
