import { createServer, type Server } from 'node:http';
import type { YogaServerInstance } from 'graphql-yoga';

/** Serves an API instance over `node:http` on a port; resolves once it listens. */
export function listen<Ctx extends object>(
  api: YogaServerInstance<Record<string, unknown>, Ctx>,
  port: number,
  host?: string,
): Promise<Server> {
  const server = createServer((request, response) => void api(request, response));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
