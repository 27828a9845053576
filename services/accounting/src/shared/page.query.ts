export { PageQuery, readModelPage as paginate } from '@hpc-access/http';
