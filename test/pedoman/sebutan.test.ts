import { describe, expect, it } from 'vitest';
import type { Naskah } from '../../src/ir/types.js';
import { identitasPeraturan, sebutanBuku, sebutanLampiran } from '../../src/resolve/pedoman/sebutan.js';

const perbup = (nomorLine: string) => ({ judul: { rancangan: false, baris: ['PERATURAN BUPATI PURWAKARTA', nomorLine, 'TENTANG', 'SISTEM LAYANAN'] }, metadata: { subject: 'Sistem Layanan dan Rujukan Terpadu' } }) as unknown as Naskah;

describe('how the Pedoman names its Peraturan (review M4)', () => {
  it('reads number, year and title from the Perbup IR: "..." while a rancangan, the real ones once set', () => {
    expect(identitasPeraturan(perbup('NOMOR ... TAHUN ...'), 'Peraturan Bupati', 'Purwakarta')).toEqual({ jenis: 'Peraturan Bupati', daerah: 'Purwakarta', nomor: '...', tahun: '...', tentang: 'Sistem Layanan dan Rujukan Terpadu' });
    expect(identitasPeraturan(perbup('NOMOR 12 TAHUN 2027'), 'Peraturan Bupati', 'Purwakarta')).toMatchObject({ nomor: '12', tahun: '2027' });
  });
  it('names it in full once, then by number and year, in the standalone book; always "ini" in the Lampiran', () => {
    const sebut = sebutanBuku(identitasPeraturan(perbup('NOMOR 12 TAHUN 2027'), 'Peraturan Bupati', 'Purwakarta'));
    expect([sebut(), sebut(), sebut()]).toEqual([
      'Peraturan Bupati Purwakarta Nomor 12 Tahun 2027 tentang Sistem Layanan dan Rujukan Terpadu',
      'Peraturan Bupati Nomor 12 Tahun 2027',
      'Peraturan Bupati Nomor 12 Tahun 2027',
    ]);
    const lampiran = sebutanLampiran('Peraturan Bupati');
    expect([lampiran(), lampiran()]).toEqual(['Peraturan Bupati ini', 'Peraturan Bupati ini']);
  });
});
