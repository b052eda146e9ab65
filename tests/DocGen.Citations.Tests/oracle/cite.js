'use strict';
// DocGen's citation oracle: formats CSL-JSON items with citeproc-js and the official CSL styles.
// Input (stdin, JSON): { "cslDirectory": "<folder with the .csl files and locales-en-US.xml>",
//                        "styles": ["apa", ...], "items": [<CSL-JSON item with an id>, ...] }
// Output (stdout, JSON): { "<style>": { "<item id>": { "bibliography": {"text","html"},
//                          "citation": {"text","html"}, "subsequent": {"text","html"} } } }
const fs = require('fs');
const path = require('path');
const CSL = require('citeproc');

const input = JSON.parse(fs.readFileSync(0, 'utf8'));
const locale = fs.readFileSync(path.join(input.cslDirectory, 'locales-en-US.xml'), 'utf8');
const items = new Map(input.items.map(item => [String(item.id), item]));
const sys = {
  retrieveLocale: () => locale,
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

const output = {};
for (const style of input.styles) {
  const xml = fs.readFileSync(path.join(input.cslDirectory, style + '.csl'), 'utf8');
  const engine = new CSL.Engine(sys, xml, 'en-US', true);
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
  output[style] = results;
}
process.stdout.write(JSON.stringify(output, null, 1));
