'use strict';
// DocGen's citation oracle: formats CSL-JSON items with citeproc-js and the official CSL styles.
// Input (stdin, JSON): { "cslDirectory": "<folder with the .csl files and locales-en-US.xml>",
//                        "styles": ["apa", ...], "items": [<CSL-JSON item with an id>, ...],
//                        "jobs": [{ "name": "<key>", "style": "<path of any .csl file>", "locale": "de-DE" }, ...],
//                        "localeDirectory": "<folder with locales-xx-XX.xml>" }
// "styles" name files in cslDirectory, rendered in en-US; "jobs" (optional) name any style file and a locale, whose
// file is read from localeDirectory (without one, every locale asked for is cslDirectory's en-US).
// Output (stdout, JSON): { "<style or job name>": { "<item id>": { "bibliography": {"text","html"},
//                          "citation": {"text","html"}, "subsequent": {"text","html"} } } }
const fs = require('fs');
const path = require('path');
const CSL = require('citeproc');

const input = JSON.parse(fs.readFileSync(0, 'utf8'));
const localeDirectory = input.localeDirectory || input.cslDirectory;
const locales = new Map();
function retrieveLocale(tag) {
  if (!input.localeDirectory) {
    tag = 'en-US';
  }
  if (!locales.has(tag)) {
    const file = path.join(localeDirectory, 'locales-' + tag + '.xml');
    locales.set(tag, fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : false);
  }
  return locales.get(tag);
}
const items = new Map(input.items.map(item => [String(item.id), item]));
const sys = {
  retrieveLocale,
  retrieveItem: id => items.get(String(id)),
};

function entry(engine, id, format) {
  engine.setOutputFormat(format);
  engine.updateItems([id]);
  const result = engine.makeBibliography();
  if (!result || result[1].length === 0) {
    return '';
  }
  let text = result[1].join('');
  if (format === 'html') {
    text = text.trim().replace(/^<div class="csl-entry">/, '').replace(/<\/div>$/, '');
  }
  return text.replace(/\n$/, '');
}

function cite(engine, id, format, position) {
  engine.setOutputFormat(format);
  engine.updateItems([id]);
  const item = { id };
  if (position) {
    item.position = position;
  }
  return engine.makeCitationCluster([item]);
}

function render(stylePath, lang) {
  const xml = fs.readFileSync(stylePath, 'utf8');
  const engine = new CSL.Engine(sys, xml, lang, true);
  const results = {};
  for (const id of items.keys()) {
    results[id] = {};
    for (const format of ['text', 'html']) {
      const pick = (name, value) => { (results[id][name] = results[id][name] || {})[format] = value; };
      pick('bibliography', entry(engine, id, format));
      pick('citation', cite(engine, id, format, 0));
      pick('subsequent', cite(engine, id, format, 1));
    }
  }
  return results;
}

const output = {};
for (const style of input.styles || []) {
  output[style] = render(path.join(input.cslDirectory, style + '.csl'), 'en-US');
}
for (const job of input.jobs || []) {
  output[job.name] = render(job.style, job.locale);
}
process.stdout.write(JSON.stringify(output, null, 1));
