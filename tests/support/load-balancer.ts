// A load balancer for tests: forwards each request, Host header included, to the instance the test chose,
// as a reverse proxy in front of several `npm run serve` would.
import { createServer, request as forward } from "node:http";
import type { AddressInfo } from "node:net";

/** `targets` may be filled after start (the instances need the balancer's address first). */
export async function startLoadBalancer(targets: string[] = []) {
  let current = 0;
  const server = createServer((incoming, outgoing) => {
    const target = new URL(targets[current]!);
    const upstream = forward(
      {
        host: target.hostname,
        port: target.port,
        method: incoming.method,
        path: incoming.url,
        headers: incoming.headers,
      },
      (response) => {
        outgoing.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(outgoing);
      },
    );
    upstream.on("error", () => outgoing.writeHead(502).end());
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    targets,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** Sends the next requests to targets[index]. */
    use(index: number) {
      current = index;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
