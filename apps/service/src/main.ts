// `pnpm --filter @seller-support/service start`: the service alone, configured by the environment
// (see README). Stops gracefully on SIGTERM and SIGINT: no new requests, those in flight finish,
// the database closes; a stop that takes longer than 10 seconds is forced.
import { ConfigError, loadConfig } from './config';
import { createService } from './service';

const forcedStopMs = 10_000;

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const service = await createService({ config });
  const { app } = service;
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'stopping');
    setTimeout(() => {
      app.log.error('graceful stop took too long; exiting');
      process.exit(1);
    }, forcedStopMs).unref();
    service.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'stop failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  await app.listen({ port: config.port, host: config.host });
  app.log.info({ database: service.database.kind }, 'ready');
}

main().catch((error: unknown) => {
  process.stderr.write(
    error instanceof ConfigError
      ? `${error.message}\n`
      : `service failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
