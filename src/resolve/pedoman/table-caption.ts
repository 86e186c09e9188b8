/**
 * The caption line of a Pedoman table: `Tabel: Judul {#id lebar=3,12,10 huruf=10}` (schemas/README.md,
 * "Tabel dalam pedoman"). Besides the id, the braces may declare the relative width of every column
 * (`lebar=`, positive numbers, one per column), the type size of the table (`huruf=`, 9–12 pt) and a
 * landscape page of its own (`halaman=lanskap`, TN-TYP-11);
 * without them the widths come from the content and the size is 12 pt, smaller only when needed
 * (src/resolve/table/size-tables.ts).
 */

/** A parsed caption; `errors` are Indonesian messages for NSK129. */
export interface TableCaption {
  readonly text: string;
  readonly id: string | null;
  readonly lebar: number[] | null;
  readonly huruf: number | undefined;
  /** `halaman=lanskap`: the table gets landscape pages of its own (TN-TYP-11). */
  readonly lanskap: boolean;
  readonly errors: string[];
}

const BRACES = /\s*\{([^{}]*)\}\s*$/;
const ID = /^#([a-z0-9]+(?:-[a-z0-9]+)*)$/;
const NUMBER = /^\d+(?:\.\d+)?$/;

/** Parses the text after "Tabel:"; `columns` is the column count of the table below it. */
export function parseTableCaption(raw: string, columns: number): TableCaption {
  const m = BRACES.exec(raw);
  const errors: string[] = [];
  if (!m) return { text: raw.trim(), id: null, lebar: null, huruf: undefined, lanskap: false, errors };
  let id: string | null = null;
  let lebar: number[] | null = null;
  let huruf: number | undefined;
  let lanskap = false;
  for (const item of m[1]!.trim().split(/\s+/).filter((s) => s !== '')) {
    const idMatch = ID.exec(item);
    if (idMatch) {
      id = idMatch[1]!;
      continue;
    }
    const [key, value = ''] = item.split('=', 2) as [string, string?];
    if (key === 'lebar') {
      const parts = value.split(',').map((s) => s.trim());
      if (parts.some((p) => !NUMBER.test(p) || Number(p) <= 0)) errors.push(`\`lebar=${value}\` harus berupa bilangan positif dipisahkan koma, mis. \`lebar=1,4,3\`.`);
      else if (parts.length !== columns) errors.push(`\`lebar\` menyebut ${parts.length} kolom, tetapi tabel mempunyai ${columns} kolom.`);
      else lebar = parts.map((p) => Number(p));
    } else if (key === 'huruf') {
      const n = Number(value);
      if (!NUMBER.test(value) || n < 9 || n > 12) errors.push(`\`huruf=${value}\` harus ukuran huruf 9 sampai 12 (pt).`);
      else huruf = n;
    } else if (key === 'halaman') {
      if (value === 'lanskap') lanskap = true;
      else if (value !== 'potret') errors.push(`\`halaman=${value}\` harus \`lanskap\` atau \`potret\`.`);
    } else errors.push(`Atribut \`${item}\` tidak dikenal; yang tersedia: \`#id\`, \`lebar=…\`, \`huruf=…\`, \`halaman=lanskap\`.`);
  }
  return { text: raw.slice(0, m.index).trim(), id, lebar, huruf, lanskap, errors };
}
