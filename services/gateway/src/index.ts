export * from './gateway.module';
export * from './gateway-options';
export * from './gateway-routes';
export * from './identity-headers';
export * from './create-gateway-app';
