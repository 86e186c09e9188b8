/**
 * Who leads what, as the Perbup says (B3 point 4, issue 21 family 5): a garis komando (`atasan`)
 * the Perbup turns round ("Sekretariat SLRT … dipimpin oleh Manajer SLRT", but the Manajer hangs below
 * the Sekretariat) is NSK338; one the Perbup gives no basis for — no "melaporkan … kepada <atasan>", no
 * task of the atasan over the unit, no "dipimpin oleh" — is NSK339. Reported at the `atasan` line of
 * the Keputusan, with the Perbup's sentence as `related`.
 */
import { diag } from '../../diagnostics/make.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import { rangeAt, type YamlPath, type YamlSource } from '../../load/yaml-source.js';
import type { StrukturSource, UnitSource } from '../../org/types.js';
import { mentions, type PerbupFacts } from './perbup-facts.js';
import { perbupIds, type PerbupUnit } from './perbup-units.js';

/** The task items of a struktur unit in the Perbup. */
function tasksOf(u: UnitSource, facts: PerbupFacts): PerbupUnit[] {
  return facts.taskLists(u).flatMap((l) => l.rincian.map((id) => facts.byId.get(id)!));
}

/** NSK338 (against the Perbup) and NSK339 (without basis in it). */
export function checkKomando(source: YamlSource, base: YamlPath, struktur: StrukturSource, facts: PerbupFacts): Diagnostic[] {
  const out: Diagnostic[] = [];
  const byId = new Map(struktur.unit.map((u) => [u.id, u]));
  const leads = facts.units.flatMap((p) => {
    const m = /^(.*)\bdipimpin oleh (.+)$/i.exec(p.isi);
    return m ? [{ p, led: m[1]!, leader: m[2]! }] : [];
  });
  struktur.unit.forEach((u, i) => {
    const a = u.atasan === undefined ? undefined : byId.get(u.atasan);
    if (!a || perbupIds(u.perbup).length === 0 || perbupIds(a.perbup).length === 0) return;
    // Without the tasks of both in the Perbup there is nothing to judge a missing basis by.
    const judged = facts.taskLists(u).length > 0 && facts.taskLists(a).length > 0;
    const mine = facts.namesOf(u);
    const theirs = facts.namesOf(a);
    const where = { file: source.file, ...rangeAt(source, [...base, 'unit', i, 'atasan']) };
    const reversed = leads.find((l) => mentions(l.leader, mine) && mentions(l.led, theirs));
    if (reversed) {
      out.push(diag('NSK338', {
        ...where,
        message: `Garis komando terbalik: ${u.nama} berada di bawah ${a.nama}, padahal ${facts.where(reversed.p)} berbunyi "${reversed.p.isi}".`,
        hint: `Jadikan ${u.nama} atasan: hapus \`atasan: ${a.id}\` di sini dan tulis \`atasan: ${u.id}\` pada unit \`${a.id}\`, atau nyatakan kedudukan ${u.nama} sebagai pemimpin dalam \`keterangan\`.`,
        related: facts.related(reversed.p, 'Siapa memimpin siapa menurut Peraturan Bupati.'),
      }));
      return;
    }
    const reports = tasksOf(u, facts).find((t) => mentions(t.text.replace(/^.*?\bkepada\b/i, ''), theirs) && /\bkepada\b/i.test(t.text));
    const directs = tasksOf(a, facts).find((t) => mentions(t.text, mine));
    const led = leads.find((l) => mentions(l.leader, theirs) && mentions(l.led, mine));
    if (reports || directs || led || !judged) return;
    const basis = facts.taskLists(u)[0] ?? facts.delegatedOf(u)[0];
    out.push(diag('NSK339', {
      ...where,
      message: `Garis komando ${a.nama} → ${u.nama} tidak berdasar pada ${facts.name}: tidak ada tugas "melaporkan … kepada ${a.nama}", tugas ${a.nama} atas ${u.nama}, atau ketentuan "dipimpin oleh".`,
      hint: `Gantungkan ${u.nama} pada unit yang menurut Peraturan Bupati menerima laporannya atau mengoordinasikan tugasnya.`,
      related: basis ? facts.related(basis, 'Tugas unit itu dalam Peraturan Bupati.') : [],
    }));
  });
  return out;
}
