import { Logger } from 'nestjs-pino';
import type { ServiceDefinition } from './service-definition';
import { startService, type ServiceHostOverrides } from './start-service';

/** `node dist/services/<name>/src/main.js`: one service, listening on `PORT` (default 3000). */
export async function runService(definition: ServiceDefinition, overrides: ServiceHostOverrides = {}): Promise<void> {
  try {
    const { app } = await startService(definition, process.env, overrides);
    const port = Number(process.env.PORT ?? 3000);
    await app.listen(port, process.env.HOST ?? '0.0.0.0');
    app.get(Logger).log(`${definition.name} listening on port ${port}`);
  } catch (error) {
    console.error(error);
    process.exit(1);
  }
}
