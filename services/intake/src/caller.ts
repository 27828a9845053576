export { CurrentCaller, commandContext, type Caller } from '@hpc-access/auth';
