'use strict';
// citeproc-js's side of the CSL benchmark (CslCheck.cs): times its own loop over the items, one engine per style.
// Input (stdin, JSON): { "citeproc": "<path of the citeproc module>", "cslDirectory": "<styles and locales-en-US.xml>",
//                        "styles": ["apa", ...], "items": [<CSL-JSON item with an id>, ...] }
// Output (stdout, JSON): { "milliseconds": {"<style>": n}, "renders": n, "strings": {"<style>": [[citation, entry], ...]} }
const fs = require('fs');
const path = require('path');

const input = JSON.parse(fs.readFileSync(0, 'utf8'));
const CSL = require(input.citeproc);
const locale = fs.readFileSync(path.join(input.cslDirectory, 'locales-en-US.xml'), 'utf8');
const items = new Map(input.items.map(item => [String(item.id), item]));
const sys = { retrieveLocale: () => locale, retrieveItem: id => items.get(String(id)) };

const output = { milliseconds: {}, renders: 0, strings: {} };
for (const style of input.styles) {
  const xml = fs.readFileSync(path.join(input.cslDirectory, style + '.csl'), 'utf8');
  const start = process.hrtime.bigint();
  const engine = new CSL.Engine(sys, xml, 'en-US', true);
  engine.setOutputFormat('text');
  const strings = [];
  for (const id of items.keys()) {
    engine.updateItems([id]);
    const citation = engine.makeCitationCluster([{ id }]);
    const bibliography = engine.makeBibliography();
    const entry = bibliography && bibliography[1].length > 0 ? bibliography[1].join('').replace(/\n$/, '') : '';
    strings.push([citation, entry]);
    output.renders += 2;
  }
  output.milliseconds[style] = Number(process.hrtime.bigint() - start) / 1e6;
  output.strings[style] = strings;
}
process.stdout.write(JSON.stringify(output));
