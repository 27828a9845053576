export { AllocationModule, type AllocationModuleOptions } from './allocation.module';
export { AllocationRuntime } from './allocation-runtime';
export { allocationService } from './allocation-service';
