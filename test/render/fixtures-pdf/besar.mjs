// A synthetic Perbup IR of any size for measuring the PDF renderer (not used by the unit tests).
// irBesar(2000) is the 2,000-Pasal benchmark case (about 900 F4 pages).
// Usage: import { irBesar } from './besar.mjs'; or `node besar.mjs 2000 > /tmp/besar.json`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const base = JSON.parse(readFileSync(new URL('../../fixtures/ir/sample-perbup.json', import.meta.url), 'utf8'));
const t = (text) => [{ kind: 'text', text }];
const pos = (line) => ({ file: 'content/besar/naskah.yaml', line, column: 3 });
const rin = (id, label, text, depth = 1, sub = []) => ({ kind: 'rincian', id, label, depth, isi: t(text), rincian: sub, definisi: null, source: pos(1) });
const kalimat = 'Penyelenggaraan SLRT dilaksanakan secara terpadu oleh Perangkat Daerah, Pemerintah Desa, dan masyarakat dengan memperhatikan prinsip keterpaduan, kemudahan akses, kecepatan, ketepatan sasaran, akuntabilitas, dan kerahasiaan data pribadi penerima layanan.';

function pasal(n) {
  const jenis = n % 3;
  const ayat = jenis === 0
    ? [{ kind: 'ayat', id: `p${n}`, label: null, isi: t(kalimat), rincian: [], source: pos(n) }]
    : Array.from({ length: jenis + 1 }, (_, i) => ({
        kind: 'ayat', id: `p${n}-${i + 1}`, label: `(${i + 1})`, source: pos(n),
        isi: i === 0 ? [{ kind: 'text', text: 'Petugas layanan (' }, { kind: 'italic', text: 'front office' }, { kind: 'text', text: ') melaksanakan tugas yang meliputi:' }] : t(`${kalimat} ${kalimat}`),
        rincian: i === 0 ? [
          rin(`p${n}a`, 'a.', 'integrasi layanan dan informasi;'),
          rin(`p${n}b`, 'b.', 'identifikasi keluhan dan rujukan yang meliputi:', 1, [rin(`p${n}b1`, '1.', 'penerimaan keluhan; dan', 2), rin(`p${n}b2`, '2.', 'rujukan kepada Perangkat Daerah.', 2)]),
          rin(`p${n}c`, 'c.', 'pemutakhiran data secara dinamis dan berkala.'),
        ] : [],
      }));
  return { kind: 'pasal', id: `pasal-${n}`, label: `Pasal ${n}`, ayat, source: pos(n) };
}

const ROMAWI = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const romawi = (n) => (n > 10 ? 'X'.repeat(Math.floor(n / 10)) : '') + ROMAWI[n % 10 === 0 && n > 10 ? 0 : n > 10 ? n % 10 : n];

/** A Perbup with `n` Pasal in BABs of 100 Pasal each. */
export function irBesar(n) {
  const bab = [];
  for (let b = 0; b * 100 < n; b++) {
    const isi = [];
    for (let i = b * 100 + 1; i <= Math.min(n, (b + 1) * 100); i++) isi.push(pasal(i));
    bab.push({ kind: 'bab', id: `bab-${b + 1}`, label: `BAB ${romawi(b + 1)}`, judul: `MATERI POKOK ${b + 1}`, isi, source: pos(b) });
  }
  return { ...base, id: `besar-${n}`, batangTubuh: bab };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(JSON.stringify(irBesar(Number(process.argv[2] ?? 2000))));
}
