/**
 * The one maintained list of word forms the lint rules look for (Lampiran II UU 12/2011 §III, PUEBI,
 * KBBI): each entry is a form a drafter types, the form(s) to write instead, the rule that reports it and
 * whether `naskah check --fix` may replace it (only when exactly one correct form exists and the
 * replacement cannot change the meaning). Rules read this list; no rule keeps a word list of its own:
 * - TN-BHS-07 (normative verbs), TN-BHS-08 (limits): `rule` names them;
 * - TN-BHS-13 (standard spelling): every entry with rule TN-BHS-13, plus the bound forms of BOUND_FORMS;
 * - TN-BHS-13 also checks the capitals of the fixed phrases of CASE_PHRASES.
 * Matching is whole-word and case-insensitive (a capital at the start of a sentence is kept by the fix).
 */

/** One form and what to write instead. */
export interface WordForm {
  /** The form as typed (lower case; words separated by one space). */
  readonly form: string;
  /** What to write instead; several when the drafter must choose. */
  readonly correct: readonly string[];
  /** The rule that reports it. */
  readonly rule: 'TN-BHS-07' | 'TN-BHS-08' | 'TN-BHS-13';
  /** True when `--fix` may replace it by `correct[0]` (one unambiguous correct form). */
  readonly fixable: boolean;
  /** Why, in Indonesian, when the correct form alone does not say it. */
  readonly note?: string;
}

const spelling = (form: string, correct: string, note?: string): WordForm => ({ form, correct: [correct], rule: 'TN-BHS-13', fixable: true, ...(note ? { note } : {}) });

/** Passive verbs drafters write apart from their prefix di- ("di laksanakan"). */
const PASSIVE_ROOTS = ['laksanakan', 'tetapkan', 'berikan', 'sampaikan', 'lakukan', 'gunakan', 'catat', 'rujuk', 'tindaklanjuti', 'koordinasikan', 'atur', 'bentuk', 'kelola', 'serahkan', 'terima', 'proses', 'verifikasi', 'validasi', 'mutakhirkan', 'selesaikan', 'tangani', 'bina', 'awasi', 'fasilitasi', 'biayai', 'laporkan', 'umumkan', 'pertimbangkan'];

export const WORD_FORMS: readonly WordForm[] = [
  // TN-BHS-07: normative verbs (L2 §III.B).
  { form: 'diharuskan', correct: ['wajib', 'harus'], rule: 'TN-BHS-07', fixable: false },
  { form: 'diwajibkan', correct: ['wajib'], rule: 'TN-BHS-07', fixable: false, note: 'kalimatnya perlu disusun ulang: "X wajib …"' },
  { form: 'berkewajiban', correct: ['wajib'], rule: 'TN-BHS-07', fixable: true },
  { form: 'tidak boleh', correct: ['dilarang'], rule: 'TN-BHS-07', fixable: false, note: 'kalimatnya perlu disusun ulang: "X dilarang …"' },
  { form: 'tidak diperbolehkan', correct: ['dilarang'], rule: 'TN-BHS-07', fixable: false },
  { form: 'tidak diperkenankan', correct: ['dilarang'], rule: 'TN-BHS-07', fixable: false },
  // TN-BHS-08: limits of time and amount (L2 §III.B butir 1–2).
  { form: 'selambat-lambatnya', correct: ['paling lama'], rule: 'TN-BHS-08', fixable: true },
  { form: 'paling lambat', correct: ['paling lama'], rule: 'TN-BHS-08', fixable: true },
  { form: 'selama-lamanya', correct: ['paling lama'], rule: 'TN-BHS-08', fixable: true },
  { form: 'secepat-cepatnya', correct: ['paling singkat'], rule: 'TN-BHS-08', fixable: true },
  { form: 'paling cepat', correct: ['paling singkat'], rule: 'TN-BHS-08', fixable: true },
  { form: 'sekurang-kurangnya', correct: ['paling sedikit'], rule: 'TN-BHS-08', fixable: true },
  { form: 'setidak-tidaknya', correct: ['paling sedikit'], rule: 'TN-BHS-08', fixable: true },
  { form: 'sedikit-dikitnya', correct: ['paling sedikit'], rule: 'TN-BHS-08', fixable: true },
  { form: 'sebanyak-banyaknya', correct: ['paling banyak'], rule: 'TN-BHS-08', fixable: true },
  { form: 'maksimal', correct: ['paling lama', 'paling banyak'], rule: 'TN-BHS-08', fixable: false },
  { form: 'maksimum', correct: ['paling lama', 'paling banyak'], rule: 'TN-BHS-08', fixable: false },
  { form: 'minimal', correct: ['paling singkat', 'paling sedikit'], rule: 'TN-BHS-08', fixable: false },
  { form: 'minimum', correct: ['paling singkat', 'paling sedikit'], rule: 'TN-BHS-08', fixable: false },
  // TN-BHS-13: standard spelling (KBBI, PUEBI).
  spelling('merubah', 'mengubah'),
  spelling('dirubah', 'diubah'),
  spelling('perobahan', 'perubahan'),
  spelling('menghimbau', 'mengimbau'),
  spelling('dihimbau', 'diimbau'),
  spelling('himbauan', 'imbauan'),
  spelling('ijin', 'izin'),
  spelling('perijinan', 'perizinan'),
  spelling('resiko', 'risiko'),
  spelling('beresiko', 'berisiko'),
  spelling('aktifitas', 'aktivitas'),
  spelling('efektifitas', 'efektivitas'),
  spelling('produktifitas', 'produktivitas'),
  spelling('kwalitas', 'kualitas'),
  spelling('kwantitas', 'kuantitas'),
  spelling('analisa', 'analisis'),
  spelling('standarisasi', 'standardisasi'),
  spelling('praktek', 'praktik'),
  spelling('sistim', 'sistem'),
  spelling('nasehat', 'nasihat'),
  spelling('obyek', 'objek'),
  spelling('subyek', 'subjek'),
  spelling('tehnis', 'teknis'),
  spelling('jadual', 'jadwal'),
  spelling('propinsi', 'provinsi'),
  spelling('silahkan', 'silakan'),
  spelling('sekedar', 'sekadar'),
  spelling('ketrampilan', 'keterampilan'),
  spelling('ekstrim', 'ekstrem'),
  spelling('apotik', 'apotek'),
  spelling('mengkoordinasikan', 'mengoordinasikan'),
  spelling('mengkoordinir', 'mengoordinasikan'),
  spelling('dikoordinir', 'dikoordinasikan'),
  spelling('mensosialisasikan', 'menyosialisasikan'),
  spelling('mensukseskan', 'menyukseskan'),
  spelling('mentaati', 'menaati'),
  spelling('mempengaruhi', 'memengaruhi'),
  spelling('dimana', 'di mana'),
  spelling('kadaluarsa', 'kedaluwarsa'),
  spelling('kadaluwarsa', 'kedaluwarsa'),
  spelling('pelaksanaanya', 'pelaksanaannya'),
  ...PASSIVE_ROOTS.map((root) => spelling(`di ${root}`, `di${root}`, 'awalan di- pada kata kerja pasif ditulis serangkai')),
  { form: 'yang mana', correct: ['yang'], rule: 'TN-BHS-13', fixable: false, note: '"yang mana" adalah terjemahan harfiah "which"; susun ulang kalimatnya dengan "yang" atau kalimat baru' },
];

/**
 * Bound forms written together with the word after them (PUEBI: antardaerah, pascabencana, nonpemerintah),
 * with a hyphen before a capital (antar-Perangkat Daerah).
 */
export const BOUND_FORMS: readonly string[] = ['antar', 'pasca', 'pra', 'non', 'sub', 'multi', 'swa'];

/**
 * Fixed phrases written in lower case inside a sentence whatever capitals a drafter gives them
 * (L2 §III: "sesuai dengan ketentuan peraturan perundang-undangan").
 */
export const CASE_PHRASES: readonly string[] = ['ketentuan peraturan perundang-undangan', 'peraturan perundang-undangan'];

/** Entries of one rule. */
export function formsOf(rule: WordForm['rule']): readonly WordForm[] {
  return WORD_FORMS.filter((w) => w.rule === rule);
}
