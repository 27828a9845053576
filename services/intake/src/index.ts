export * from './intake.module';
export * from './intake.tokens';
export { loadProgrammeRules } from './programme/programme-config';
export type { ProgrammeRules, AccessMode } from './programme/programme-rules';
export { IntakeRuntime } from './intake-runtime';
export { intakeService } from './intake-service';
