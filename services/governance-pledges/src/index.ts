export { GovernancePledgesModule, type GovernancePledgesModuleOptions } from './governance-pledges.module';
export { GovernancePledgesRuntime } from './governance-pledges-runtime';
export { governancePledgesService } from './governance-pledges-service';
