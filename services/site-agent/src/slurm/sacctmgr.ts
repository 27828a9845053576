import { ASSOC_FORMAT, parseAssociations, type SlurmAccount } from './associations';
import { ToolError, type RunTool } from './slurm-tools';

/** sacctmgr as the agent uses it: reading associations, and running one planned step. */
export class Sacctmgr {
  constructor(
    private readonly run: RunTool,
    private readonly tool: string,
    private readonly cluster: string,
  ) {}

  /** Every account's association and users on the cluster, or one account's. */
  async associations(account?: string): Promise<Map<string, SlurmAccount>> {
    const where = ['where', `Cluster=${this.cluster}`, ...(account ? [`Account=${account}`] : [])];
    const args = ['-nP', 'show', 'assoc', ...where, `format=${ASSOC_FORMAT}`];
    const result = await this.run(this.tool, args);
    if (result.exitCode !== 0) throw new ToolError([this.tool, ...args], result);
    return parseAssociations(result.stdout);
  }

  /**
   * `sacctmgr -i <args>` (immediate: no confirmation prompt). "Nothing new added." (exit 1) means
   * another hand added the same a moment ago: the state the step wanted is there.
   */
  async apply(args: string[]): Promise<void> {
    const command = ['-i', ...args];
    const result = await this.run(this.tool, command);
    if (result.exitCode === 0) return;
    if (args[0] === 'add' && /Nothing new added/i.test(result.stdout + result.stderr)) return;
    throw new ToolError([this.tool, ...command], result);
  }
}
