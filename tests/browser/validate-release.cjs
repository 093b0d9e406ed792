// Checks a dataset release (CLI export dataset) with the readers its users have: the Frictionless Data
// JavaScript library (descriptor profile, every resource read with its Table Schema, foreign keys resolved)
// and Citation.js's CFF and BibTeX plugins. Prints JSON: errors (must be empty), rows per resource, and the
// title and version of each citation (CITATION.cff, CITATION.bib). Usage: node validate-release.cjs <release folder>
const path = require('node:path');
const fs = require('node:fs');
const { Package } = require('datapackage');
const { Cite } = require('@citation-js/core');
require('@citation-js/plugin-cff');
require('@citation-js/plugin-bibtex');

(async () => {
  const folder = process.argv[2];
  const errors = [];
  const dataPackage = await Package.load(path.join(folder, 'datapackage.json'), { basePath: folder });
  if (!dataPackage.valid) errors.push(...dataPackage.errors.map((e) => `descriptor: ${e.message}`));
  const rows = {};
  for (const resource of dataPackage.resources) {
    try {
      const data = await resource.read({ relations: true, forceCast: true });
      rows[resource.name] = data.length;
      for (const row of data) if (row instanceof Error) errors.push(`${resource.name}: ${row.message}`);
    } catch (e) {
      errors.push(`${resource.name}: ${e.message}${e.errors ? ' ' + e.errors.map((x) => x.message).join('; ') : ''}`);
    }
  }
  let citation = null;
  try {
    const cite = await Cite.async(fs.readFileSync(path.join(folder, 'CITATION.cff'), 'utf8'));
    const item = cite.data[0];
    citation = { title: item.title, version: item.version, issued: item.issued, type: item.type };
  } catch (e) {
    errors.push(`CITATION.cff: ${e.message}`);
  }
  let bibtex = null;
  try {
    const item = (await Cite.async(fs.readFileSync(path.join(folder, 'CITATION.bib'), 'utf8'))).data[0];
    bibtex = { title: item.title, version: item.version, issued: item.issued, author: item.author };
  } catch (e) {
    errors.push(`CITATION.bib: ${e.message}`);
  }
  console.log(JSON.stringify({ errors: errors.slice(0, 50), rows, citation, bibtex }));
})().catch((e) => { console.error(e); process.exit(1); });
