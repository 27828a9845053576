/** The keys of allocation's deadlines (table `scheduled_commands`): one per hold, cut-off, closure and final report. */
export const DEADLINES = {
  expireHold: (holdId: string) => `hold:${holdId}`,
  closeAllocation: (allocationId: string) => `close:${allocationId}`,
  finalReport: (allocationId: string) => `final-report:${allocationId}`,
  /** One per suspension (a fired deadline stays fired: a later suspension needs a key of its own). */
  suspensionCapacity: (allocationId: string, since: string) => `suspension-capacity:${allocationId}:${since}`,
  cutOff: (callId: string, index: number) => `cut-off:${callId}:${index}`,
};
