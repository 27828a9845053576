/** A ledger row as the API shows it. */
export interface JobRecordRow {
  system: string;
  job_id: string;
  account: string;
  partition: string;
  started_at: Date | null;
  ended_at: Date;
  elapsed_seconds: string | number;
  state: string;
  alloc_tres: string;
  energy_joules: number;
  gpus: number;
  gpu_hours: number;
  energy_kwh: number;
  estimated_flop: number;
  status: string;
  reason: string | null;
  allocation_id: string | null;
  import_id: string;
  received_at: Date;
}

export function jobRecordView(r: JobRecordRow) {
  return {
    system: r.system,
    jobId: r.job_id,
    account: r.account,
    partition: r.partition,
    start: r.started_at ? new Date(r.started_at).toISOString() : null,
    end: new Date(r.ended_at).toISOString(),
    elapsedSeconds: Number(r.elapsed_seconds),
    state: r.state,
    allocTres: r.alloc_tres,
    consumedEnergyJoules: r.energy_joules,
    gpus: r.gpus,
    gpuHours: r.gpu_hours,
    energyKwh: r.energy_kwh,
    estimatedFlop: r.estimated_flop,
    status: r.status,
    reason: r.reason,
    allocationId: r.allocation_id,
    importId: r.import_id,
    receivedAt: new Date(r.received_at).toISOString(),
  };
}
