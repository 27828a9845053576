import { Injectable } from '@nestjs/common';
import { assertMayActOnSystem, type Caller } from '@hpc-access/auth';
import { systemScope } from '../allocation-roles';
import { ConfigurationService } from '../configuration/configuration.service';
import { AllocationCommands } from './allocation-commands';

/** One allocation as the routes on it read it. */
@Injectable()
export class AllocationReader {
  constructor(private readonly allocations: AllocationCommands, private readonly configs: ConfigurationService) {}

  /** Loads the allocation and refuses a site-scoped caller (403 naming the system) when its site does not host it. */
  async loadFor(id: string, caller: Caller) {
    const result = await this.allocations.load(id);
    assertMayActOnSystem(await systemScope(caller, this.configs), result.state.terms?.system);
    return result;
  }
}
