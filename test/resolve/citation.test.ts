/** Mengingat citations (TN-DH-04…07): an unverified number is never printed (issue 16 point 3). */
import { describe, expect, it } from 'vitest';
import { citation, type PeraturanEntry } from '../../src/resolve/citation.js';

const region = { namaDaerah: 'Kabupaten Purwakarta', nama: 'Purwakarta', provinsi: 'Jawa Barat' };
const pp: PeraturanEntry = { jenis: 'peraturan-pemerintah', nomor: 39, tahun: 2012, tentang: 'Penyelenggaraan Kesejahteraan Sosial', ln: { tahun: 2012, nomor: 68 }, tln: 5294, status: 'terverifikasi' };

describe('citation', () => {
  it('prints the LN and TLN numbers of a verified entry', () => {
    expect(citation(pp, region)).toBe('Peraturan Pemerintah Nomor 39 Tahun 2012 tentang Penyelenggaraan Kesejahteraan Sosial (Lembaran Negara Republik Indonesia Tahun 2012 Nomor 68, Tambahan Lembaran Negara Republik Indonesia Nomor 5294)');
  });

  it('prints "..." for the numbers of an unverified entry even when the registry holds recollected ones', () => {
    expect(citation({ ...pp, status: 'belum-terverifikasi' }, region)).toBe('Peraturan Pemerintah Nomor 39 Tahun 2012 tentang Penyelenggaraan Kesejahteraan Sosial (Lembaran Negara Republik Indonesia Tahun 2012 Nomor ..., Tambahan Lembaran Negara Republik Indonesia Nomor ...)');
  });

  it('masks only the amendment that is unverified', () => {
    const uu: PeraturanEntry = { jenis: 'undang-undang', nomor: 6, tahun: 2014, tentang: 'Desa', ln: { tahun: 2014, nomor: 7 }, tln: 5495, status: 'terverifikasi', perubahan: [{ ...pp, jenis: 'undang-undang', nomor: 3, tahun: 2024, tentang: 'Perubahan Kedua atas Undang-Undang Nomor 6 Tahun 2014 tentang Desa', ln: { tahun: 2024, nomor: 77 }, tln: 6914, status: 'belum-terverifikasi' }] } as PeraturanEntry;
    const text = citation(uu, region);
    expect(text).toContain('Tahun 2014 Nomor 7, Tambahan Lembaran Negara Republik Indonesia Nomor 5495');
    expect(text).toContain('Tahun 2024 Nomor ..., Tambahan Lembaran Negara Republik Indonesia Nomor ...');
    expect(text).not.toContain('6914');
  });
});
