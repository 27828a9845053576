import type { ServiceDefinition } from '@hpc-access/service-host';
import { IntakeModule } from './intake.module';

/** Intake as a process of its own (distributed mode). */
export const intakeService: ServiceDefinition = {
  name: 'intake',
  schema: 'intake',
  description: 'Organisations and applications, from draft to the eligibility decision',
  module: ({ db, bus, clock, schema }) => IntakeModule.register({ db, bus, clock, schema }),
};
