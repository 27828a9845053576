export { AccountingModule, type AccountingModuleOptions } from './accounting.module';
export { AccountingRuntime } from './accounting-runtime';
export { accountingService } from './accounting-service';
