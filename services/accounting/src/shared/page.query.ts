export { PageQuery } from '@hpc-access/http';
