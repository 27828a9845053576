/** The keys of allocation's deadlines (table `scheduled_commands`): one per hold, cut-off, closure and final report. */
export const DEADLINES = {
  expireHold: (holdId: string) => `hold:${holdId}`,
  closeAllocation: (allocationId: string) => `close:${allocationId}`,
  finalReport: (allocationId: string) => `final-report:${allocationId}`,
  suspensionCapacity: (allocationId: string) => `suspension-capacity:${allocationId}`,
  cutOff: (callId: string, index: number) => `cut-off:${callId}:${index}`,
};
