/**
 * A whole synthetic Peraturan Bupati with its Pedoman, for one bench size and revision 0: Menimbang,
 * Mengingat (keys of the bench registry), batang tubuh and Lampiran. Revision 1 is derived from it by
 * synthetic-revision.ts. Same size ⇒ same bytes.
 */
import { syntheticBatangTubuh, ID_LAMPIRAN } from './synthetic-batang-tubuh.js';
import { syntheticPedoman } from './synthetic-pedoman.js';
import { Rng } from './random.js';
import { documentId, pedomanFolderId, type SizeSpec } from './sizes.js';
import type { SyntheticDocument } from './source.js';

/** Mengingat of revision 0, in hierarchy and chronological order (TN-DH-03). */
export const MENGINGAT_R0: readonly string[] = ['uud-1945-pasal-18-ayat-6', 'uu-14-1950', 'uu-11-2009', 'uu-13-2011', 'uu-23-2014', 'permensos-15-2018'];

/** Revision 0 of the synthetic document of one size. */
export function syntheticDocument(spec: SizeSpec): SyntheticDocument {
  const rng = new Rng(spec.seed);
  const id = documentId(spec.size, 0);
  const pedomanFolder = pedomanFolderId(id);
  return {
    id,
    naskah: {
      jenis: 'peraturan-bupati',
      status: 'rancangan',
      tentang: 'Penyelenggaraan Kesejahteraan Sosial Terpadu',
      nomor: null,
      tahun: null,
      ditetapkan: null,
      diundangkan: null,
      berita_daerah: null,
      menimbang: [
        { id: 'filosofis', teks: 'bahwa fakir miskin dan orang tidak mampu dipelihara oleh negara dan berhak memperoleh pelayanan kesejahteraan sosial yang mudah, cepat, dan terpadu sesuai dengan martabat kemanusiaan' },
        { id: 'sosiologis', teks: 'bahwa penyelenggaraan kesejahteraan sosial di Kabupaten Purwakarta masih dilaksanakan secara sektoral oleh berbagai perangkat daerah dan belum terhubung dalam satu sistem layanan dan data' },
        { id: 'yuridis', teks: 'bahwa untuk melaksanakan ketentuan Pasal 5 huruf c Peraturan Menteri Sosial Nomor 15 Tahun 2018 tentang Sistem Layanan dan Rujukan Terpadu untuk Penanganan Fakir Miskin dan Orang Tidak Mampu, perlu pengaturan penyelenggaraan kesejahteraan sosial terpadu di Daerah' },
      ],
      mengingat: [...MENGINGAT_R0],
      batang_tubuh: syntheticBatangTubuh(rng, spec.pasal, spec.bab),
      lampiran: [{ id: ID_LAMPIRAN, judul: 'PEDOMAN PENYELENGGARAAN KESEJAHTERAAN SOSIAL TERPADU DI KABUPATEN PURWAKARTA', sumber: `../${pedomanFolder}/pedoman.yaml` }],
    },
    pedoman: syntheticPedoman(rng, id, spec.babLampiran),
  };
}
