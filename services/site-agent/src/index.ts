export { SiteAgent } from './agent';
export { loadConfig, resolveConfig, ConfigError, type ResolvedConfig } from './config/load-config';
