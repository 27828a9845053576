export * from './configuration-routes';
