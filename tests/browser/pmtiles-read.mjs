// Reads tiles back from a PMTiles archive with the `pmtiles` package (what MapLibre's pmtiles protocol uses),
// from a local file. Prints JSON: the header, the metadata and each asked tile as base64 (null when absent).
// Usage: node pmtiles-read.mjs <file.pmtiles> z/x/y [z/x/y …]
import { PMTiles } from 'pmtiles';
import { open } from 'node:fs/promises';

const [file, ...tiles] = process.argv.slice(2);
const handle = await open(file, 'r');
const source = {
  getKey: () => file,
  getBytes: async (offset, length) => {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, offset);
    const data = buffer.subarray(0, bytesRead);
    return { data: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) };
  },
};
try {
  const archive = new PMTiles(source);
  const header = await archive.getHeader();
  const metadata = await archive.getMetadata();
  const out = {};
  for (const t of tiles) {
    const [z, x, y] = t.split('/').map(Number);
    const tile = await archive.getZxy(z, x, y);
    out[t] = tile ? Buffer.from(tile.data).toString('base64') : null;
  }
  console.log(JSON.stringify({ header, metadata, tiles: out }));
} finally {
  await handle.close();
}
