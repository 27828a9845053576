export * from './configuration-routes';
export * from './configuration-history';
