import { openManifest, type BundleHeader, type BundleManifest, type OpenedManifest, type StoredEvent } from '@hpc-access/audit-bundle';
import { openCheckpointWithRing, type RingKey, type VerifierKeyRing } from '@hpc-access/ledger';
import { verifierOf } from './ledger-checkpoints';
import type { VerificationStep } from './verification-step';

/**
 * The bundle's signed manifest (ADR 30): its signature against the auditor's key, then every
 * statement in it against the bundle itself: the SHA-256 of every byte before it, the event
 * and checkpoint counts, the time range of the header, the key, the newest checkpoint. It sees
 * the checkpoint records before the ledger step takes them (it never claims them).
 */
export class BundleManifestStep implements VerificationStep {
  private readonly verifier: ReturnType<typeof verifierOf> | undefined;
  private readonly problems: string[] = [];
  private header: BundleHeader | undefined;
  private manifest: { value: BundleManifest; line: number; eventsBefore: number; key: RingKey } | undefined;
  private manifests = 0;
  private events = 0;
  private checkpoints: { size: number; note: string }[] = [];

  constructor(verifierKey: string | undefined) {
    this.verifier = verifierKey === undefined ? undefined : verifierOf(verifierKey);
  }

  onHeader(header: BundleHeader): void {
    this.header = header;
  }

  onEvent(_event: StoredEvent): void {
    this.events++;
  }

  onRecord(record: { record: string } & Record<string, unknown>, lineNumber: number, digestBefore?: string): boolean {
    if (record.record === 'checkpoint' && typeof record.note === 'string' && typeof record.tree_size === 'number') this.checkpoints.push({ size: record.tree_size, note: record.note });
    if (record.record !== 'manifest') return false;
    this.manifests++;
    if (!this.verifier) return true;
    const where = `the manifest (line ${lineNumber})`;
    if (this.manifests > 1) {
      this.problems.push(`${where}: a second manifest`);
      return true;
    }
    const opened = typeof record.note === 'string' ? openManifestWithRing(record.note, this.verifier) : { ok: false as const, reason: 'no signed note in it' };
    if (!opened.ok) {
      this.problems.push(`${where}: ${opened.reason}`);
      return true;
    }
    const m = opened.manifest;
    this.manifest = { value: m, line: lineNumber, eventsBefore: this.events, key: opened.key };
    if (m.sha256 !== digestBefore) this.problems.push(`${where}: the SHA-256 it signed is not that of the lines before it: the bundle was edited after export`);
    const range = this.header?.range;
    if ((range?.from ?? null) !== m.from || (range?.to ?? null) !== m.to) this.problems.push(`${where}: it signed the range ${m.from ?? '-'} to ${m.to ?? '-'}, the header says ${range?.from ?? '-'} to ${range?.to ?? '-'}`);
    if (m.checkpoints !== this.checkpoints.length) this.problems.push(`${where}: it signed ${m.checkpoints} checkpoint(s), the bundle holds ${this.checkpoints.length}`);
    const newest = this.checkpoints.at(-1);
    const opened2 = newest ? openCheckpointWithRing(newest.note, this.verifier) : undefined;
    const root = opened2?.ok ? `${opened2.checkpoint.size} ${opened2.checkpoint.rootHash.toString('base64')}` : '-';
    if ((m.checkpoint ? `${m.checkpoint.size} ${m.checkpoint.root}` : '-') !== root) this.problems.push(`${where}: the newest checkpoint it signed is not the bundle's newest`);
    return true;
  }

  finish(): string[] {
    // Events after the manifest are not covered by it: the manifest comes last before the end.
    if (this.manifest && this.manifest.value.events !== this.events) this.problems.push(`the manifest (line ${this.manifest.line}): it signed ${this.manifest.value.events} events, the bundle holds ${this.events}`);
    return this.problems;
  }

  checked(): string[] {
    if (!this.verifier || !this.manifest) return [];
    const m = this.manifest.value;
    const { verifier } = this.manifest.key;
    return [`the bundle's manifest signed by ${verifier.name} (key id ${verifier.keyId.toString('hex')}): exported ${m.exportedAt}, range ${m.from ?? '-'} to ${m.to ?? '-'}, ${m.events} events, ${m.checkpoints} checkpoint(s), the SHA-256 of its content`];
  }

  notChecked(): string[] {
    if (this.manifests === 0) return ['the bundle\'s signature: it has no signed manifest (exported without the ledger\'s signing key)'];
    if (!this.verifier) return ["the bundle's signed manifest (give --verifier-key to check it)"];
    return [];
  }
}

/**
 * The manifest opened with the ring's keys: a retired key only for a manifest whose newest
 * checkpoint it may have signed (at most its last size), as for checkpoints (libs/ledger key-ring).
 */
function openManifestWithRing(note: string, ring: VerifierKeyRing): { ok: true; manifest: BundleManifest; key: RingKey } | { ok: false; reason: string } {
  let refused: OpenedManifest | undefined;
  for (const key of ring.keys) {
    const opened = openManifest(note, key.verifier);
    if (!opened.ok) {
      refused ??= opened;
      continue;
    }
    const size = opened.manifest.checkpoint?.size ?? 0;
    if (key.upToSize !== null && size > key.upToSize) return { ok: false, reason: `signed by the retired key ${key.verifier.name} (key id ${key.verifier.keyId.toString('hex')}), valid up to size ${key.upToSize}, but it states a checkpoint of size ${size}` };
    return { ok: true, manifest: opened.manifest, key };
  }
  return { ok: false, reason: refused && !refused.ok ? refused.reason : 'no key to open it with' };
}
