import { describeFinding } from './chain-verifier';
import type { ExportReport } from '@hpc-access/audit-bundle';
import type { VerifyReport } from './verify';

/** The verification report for a person: the verdict first, then the first event that does not match. */
export function verifyReportText(source: string, report: VerifyReport): string {
  const services = Object.entries(report.services).map(([service, n]) => `${service} ${n}`).join(', ') || 'none';
  const lines = [
    `hpc-audit verify: ${source}`,
    `${report.events} events in ${report.streams} streams (${services}), read and checked in ${report.seconds.toFixed(1)} s, ${Math.round(report.eventsPerSecond)} events/s`,
  ];
  if (report.ok) {
    lines.push('VERIFIED: every event matches.');
  } else {
    lines.push(`NOT VERIFIED: ${report.findingCount} event(s) do not match${report.problems.length ? `, ${report.problems.length} other problem(s)` : ''}.`);
    if (report.findings.length > 0) {
      lines.push(`The first event that does not match: ${describeFinding(report.findings[0])}`);
      for (const finding of report.findings.slice(1, 20)) lines.push(`  then: ${describeFinding(finding)}`);
      if (report.findingCount > 20) lines.push(`  and ${report.findingCount - 20} more (--json lists the first 100)`);
    }
    for (const problem of report.problems) lines.push(`Problem: ${problem}`);
  }
  for (const checked of report.checked) lines.push(`checked: ${checked}`);
  for (const notChecked of report.notChecked) lines.push(`not checked: ${notChecked}`);
  return `${lines.join('\n')}\n`;
}

export function exportReportText(report: ExportReport): string {
  const services = Object.entries(report.services).map(([service, n]) => `${service} ${n}`).join(', ');
  const manifest = report.manifest
    ? `signed manifest: range ${report.manifest.from ?? '-'} to ${report.manifest.to ?? '-'}, ${report.manifest.checkpoints} checkpoint(s), signed by ${report.manifest.verifierKey}\n`
    : 'no signed manifest (give --signer-key to sign the bundle)\n';
  return `hpc-audit export: ${report.events} events (${services}) written to ${report.file}\nSHA-256 of the events: ${report.sha256} (the end record repeats it)\n${manifest}`;
}
