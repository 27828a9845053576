/** What the dispatcher is configured with (NotificationsConfig, through the module). */
export const DISPATCH_SETTINGS = Symbol('DISPATCH_SETTINGS');

export interface DispatchSettings {
  backoffMs: readonly number[];
  pollIntervalMs: number;
  autoStart: boolean;
}
