/**
 * Opens a DOCX a reviewer sent back, defensively: the file comes from outside. The zip's central directory
 * is read here (fflate's unzipSync neither reports encryption nor bounds what it inflates, and trusts the
 * sizes the directory declares), and only the parts the import needs are inflated, in small slices,
 * counting every byte written: a zip bomb stops at the limit, whatever its headers claim.
 */
import { Inflate } from 'fflate';

/** Limits on what is inflated. */
export const LIMITS = { total: 64 * 1024 * 1024, ratio: 200, ratioFloor: 1024 * 1024 } as const;

/** Why a DOCX could not be opened: a diagnostic code and an Indonesian reason. */
export class DocxOpenError extends Error {
  constructor(
    readonly code: 'NSK621' | 'NSK622' | 'NSK623' | 'NSK624',
    message: string,
  ) {
    super(message);
  }
}

interface Entry {
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly compressed: number;
  readonly size: number;
  readonly offset: number;
}

const u16 = (b: Uint8Array, at: number): number => (at + 2 <= b.length ? b[at]! | (b[at + 1]! << 8) : -1);
const u32 = (b: Uint8Array, at: number): number => (at + 4 <= b.length ? (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0 : -1);

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function corrupt(detail: string): DocxOpenError {
  return new DocxOpenError('NSK622', `Zip DOCX rusak: ${detail}.`);
}

/** The entries of the central directory. */
function directory(bytes: Uint8Array): Entry[] {
  if (CFB.every((b, i) => bytes[i] === b)) throw new DocxOpenError('NSK623', 'Berkas ini DOCX yang dilindungi kata sandi (terenkripsi) atau berkas Word lama (.doc); isinya tidak dapat dibaca.');
  if (u32(bytes, 0) !== 0x04034b50) throw new DocxOpenError('NSK621', 'Berkas ini bukan DOCX (bukan zip).');
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 65557); at--) {
    if (u32(bytes, at) === 0x06054b50) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw corrupt('akhir direktori zip tidak ditemukan (berkas terpotong?)');
  const count = u16(bytes, eocd + 10);
  let at = u32(bytes, eocd + 16);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (u32(bytes, at) !== 0x02014b50) throw corrupt(`entri direktori ke-${i + 1} tidak sah`);
    const nameLength = u16(bytes, at + 28);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, flags: u16(bytes, at + 8), method: u16(bytes, at + 10), compressed: u32(bytes, at + 20), size: u32(bytes, at + 24), offset: u32(bytes, at + 42) });
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

/** Inflates one entry, stopping once it passes `budget` bytes. */
function inflateEntry(bytes: Uint8Array, entry: Entry, budget: number): Uint8Array {
  const local = entry.offset;
  if (u32(bytes, local) !== 0x04034b50) throw corrupt(`kepala lokal ${entry.name} tidak sah`);
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  const data = bytes.subarray(start, start + entry.compressed);
  if (data.length < entry.compressed) throw corrupt(`${entry.name} terpotong`);
  if (entry.method === 0) {
    if (data.length > budget) throw bomb(entry.name);
    return data.slice();
  }
  if (entry.method !== 8) throw corrupt(`${entry.name} dimampatkan dengan metode ${entry.method} yang tidak dikenal`);
  const chunks: Uint8Array[] = [];
  let written = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    written += chunk.length;
    if (written > budget || (written > LIMITS.ratioFloor && written > LIMITS.ratio * Math.max(1, entry.compressed))) throw bomb(entry.name);
    chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    const SLICE = 4096;
    for (let i = 0; i < data.length; i += SLICE) inflater.push(data.subarray(i, i + SLICE), i + SLICE >= data.length);
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof DocxOpenError) throw e;
    throw corrupt(`${entry.name} tidak dapat dibuka (${(e as Error).message})`);
  }
  if (!ended) throw corrupt(`${entry.name} terpotong`);
  const out = new Uint8Array(written);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function bomb(name: string): DocxOpenError {
  return new DocxOpenError('NSK624', `${name} mengembang melebihi batas (${LIMITS.total / 1024 / 1024} MB seluruhnya, rasio ${LIMITS.ratio}:1): kemungkinan bom zip; berkas tidak dibuka.`);
}

/** The parts `names` of a DOCX (missing ones absent), within {@link LIMITS}. */
export function openDocx(bytes: Uint8Array, names: readonly string[]): Map<string, Uint8Array> {
  const entries = directory(bytes);
  if (!entries.some((e) => e.name === 'word/document.xml')) throw new DocxOpenError('NSK621', 'Zip ini bukan DOCX: tidak memuat word/document.xml.');
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > LIMITS.total) throw bomb('isi zip');
  const out = new Map<string, Uint8Array>();
  let budget = LIMITS.total;
  for (const name of names) {
    const entry = entries.find((e) => e.name === name);
    if (!entry) continue;
    if (entry.flags & 1) throw new DocxOpenError('NSK623', `Bagian ${name} dalam zip terenkripsi; isinya tidak dapat dibaca.`);
    const data = inflateEntry(bytes, entry, budget);
    budget -= data.length;
    out.set(name, data);
  }
  return out;
}
