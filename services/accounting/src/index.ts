export { AccountingModule, type AccountingModuleOptions } from './accounting.module';
export { AccountingRuntime } from './accounting-runtime';
