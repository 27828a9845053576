import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';

/** The agent's Prometheus metrics, on its own registry (served at /metrics). */
export class AgentMetrics {
  readonly registry = new Registry();
  readonly orders = new Counter({ name: 'site_agent_orders_total', help: 'Orders carried out and acknowledged, by kind and outcome (done, failed)', labelNames: ['kind', 'outcome'], registers: [this.registry] });
  readonly jobsPushed = new Counter({ name: 'site_agent_usage_jobs_pushed_total', help: 'Finished jobs the platform accepted in a usage batch', registers: [this.registry] });
  readonly batchesPushed = new Counter({ name: 'site_agent_usage_batches_pushed_total', help: 'Usage batches the platform accepted', registers: [this.registry] });
  readonly gpuHoursBilled = new Counter({ name: 'site_agent_usage_gpu_hours_billed_total', help: "GPU-hours of the pushed jobs as the site bills them (the partitions' billing rules)", registers: [this.registry] });
  readonly checkpoint = new Gauge({ name: 'site_agent_usage_checkpoint_seconds', help: 'Every job that ended before this time (Unix seconds) has been pushed', registers: [this.registry] });
  readonly lag = new Gauge({ name: 'site_agent_usage_lag_seconds', help: 'How far the usage checkpoint is behind now', registers: [this.registry] });
  readonly differences = new Gauge({ name: 'site_agent_reconcile_differences', help: 'Differences between Slurm and the platform found by the last reconciliation, by kind', labelNames: ['kind'], registers: [this.registry] });
  readonly rounds = new Counter({ name: 'site_agent_rounds_total', help: 'Poll rounds, by part (orders, usage, reconcile) and outcome (ok, error)', labelNames: ['part', 'outcome'], registers: [this.registry] });
  readonly lastSuccess = new Gauge({ name: 'site_agent_last_success_seconds', help: 'When a poll round last completed without error (Unix seconds)', registers: [this.registry] });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }
}
