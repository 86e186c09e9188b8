/**
 * The one word-form list (src/lint/data/word-forms.ts) as users meet it: `naskah check --fix` replaces
 * the forms that have one correct form (merubah → mengubah, di laksanakan → dilaksanakan, antar daerah →
 * antardaerah, capitals of "ketentuan peraturan perundang-undangan", "harus" for an obligation → "wajib")
 * and leaves the ones the drafter must rewrite ("yang mana"), still reported.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WORD_FORMS } from '../../src/lint/data/word-forms.js';
import { ROOT, runCli } from '../helpers.js';
import { tempProject } from './project.js';

const source = readFileSync(join(ROOT, 'test', 'rules', 'TN-BHS-13', 'not-ok.yaml'), 'utf8').replace(
  'Pemerintah Daerah tidak merubah ijin yang mana telah diberikan',
  'Pemerintah Daerah tidak merubah ijin yang mana telah diberikan dan harus menindaklanjuti Keluhan',
);

describe('word forms and --fix', () => {
  const project = tempProject({ 'perbup-kata': source });
  afterAll(() => project.cleanup());

  it('keeps one entry per form, each with a rule and a correct form', () => {
    const forms = WORD_FORMS.map((w) => w.form);
    expect(new Set(forms).size).toBe(forms.length);
    for (const w of WORD_FORMS) {
      expect(w.correct.length, w.form).toBeGreaterThan(0);
      expect(!w.fixable || w.correct.length === 1, `${w.form}: --fix hanya untuk satu bentuk benar`).toBe(true);
    }
  });

  it('--fix replaces the unambiguous forms and leaves "yang mana" reported', async () => {
    const file = join(project.dir, 'content', 'perbup-kata', 'naskah.yaml');
    await runCli(['check', 'perbup-kata', '--fix'], project.dir);
    const fixed = readFileSync(file, 'utf8');
    expect(fixed).toContain('Penyelenggaraan SLRT [[slrt-diselenggarakan]] dilaksanakan secara antardaerah sesuai dengan ketentuan peraturan perundang-undangan');
    expect(fixed).toContain('Pemerintah Daerah tidak mengubah izin yang mana telah diberikan dan wajib menindaklanjuti Keluhan');
    const after = await runCli(['check', 'perbup-kata', '--format', 'json'], project.dir);
    const codes = (JSON.parse(after.stdout) as { code: string; message: string }[]).filter((d) => d.code.startsWith('TN-BHS-1') || d.code === 'TN-BHS-07');
    expect(codes.map((d) => `${d.code} ${d.message}`)).toEqual(['TN-BHS-13 Bentuk "yang mana" tidak baku.']);
  }, 60_000);
});
