/** What every intake command carries: time and identity come in, never from a clock inside. */
export interface CommandContext {
  now: Date;
  actor: { id: string; role: string; organisationId?: string };
}
