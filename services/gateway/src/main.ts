import { staffUiOptionsFromEnv } from '@hpc-access/http';
import { Logger } from 'nestjs-pino';
import { createGatewayApp } from './create-gateway-app';
import { gatewayOptionsFromEnv } from './gateway-options';

/** The gateway alone, for distributed mode: `node dist/services/gateway/src/main.js`. */
async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  const options = gatewayOptionsFromEnv(process.env);
  const app = await createGatewayApp(options, staffUiOptionsFromEnv(options.auth));
  await app.listen(port, process.env.HOST ?? '0.0.0.0');
  const routes = options.routes.map((route) => `${route.prefix} -> ${route.service}`).join(', ');
  app.get(Logger).log(`gateway listening on port ${port} (auth ${options.auth.mode}); routes: ${routes}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
