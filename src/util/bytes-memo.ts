/**
 * What reading a file gave, by key, kept in the process and given again while the file's bytes are
 * exactly the same (load/yaml-source.ts, load/markdown-source.ts: a source read by several documents,
 * and every source on each save of the preview). At most `max` entries; the least recently kept goes
 * first. The bytes are copied: an editor's buffer (load/overlay.ts) may be reused.
 */
export class BytesMemo<T> {
  private readonly entries = new Map<string, { readonly bytes: Buffer; readonly value: T }>();

  constructor(private readonly max: number) {}

  /** The value kept under `key`, and whether it was made from exactly `bytes`. */
  get(key: string, bytes: Uint8Array): { readonly value: T; readonly same: boolean } | undefined {
    const e = this.entries.get(key);
    return e && { value: e.value, same: e.bytes.equals(bytes) };
  }

  /** Keeps `value` for `bytes` under `key` (or, with `keep` false, forgets what was kept there). */
  set(key: string, bytes: Uint8Array, value: T, keep = true): void {
    this.entries.delete(key);
    if (!keep) return;
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { bytes: Buffer.from(bytes), value });
  }
}
