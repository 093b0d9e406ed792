// Checks a dataset release (CLI export dataset) with the readers its users have: the Frictionless Data
// JavaScript library (descriptor profile, every resource read with its Table Schema, foreign keys resolved)
// and Citation.js's CFF plugin. Prints JSON: errors (must be empty), rows per resource, the citation's
// title and version. Usage: node validate-release.cjs <release folder>
const path = require('node:path');
const fs = require('node:fs');
const { Package } = require('datapackage');
const { Cite } = require('@citation-js/core');
require('@citation-js/plugin-cff');

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
  console.log(JSON.stringify({ errors: errors.slice(0, 50), rows, citation }));
})().catch((e) => { console.error(e); process.exit(1); });
