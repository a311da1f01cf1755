// A TCP relay in front of PostgreSQL that can make a connection go silent without closing it, as a NAT or a
// firewall that forgot it does: nothing passes any more, and neither end is told.
import net from "node:net";
import { findFreePort } from "@/lib/database/embedded";

type Pair = { client: net.Socket; server: net.Socket; sent: string };

export async function startTcpProxy(target: { host: string; port: number }) {
  const pairs = new Set<Pair>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    const pair: Pair = { client, server: upstream, sent: "" };
    pairs.add(pair);
    client.on("data", (chunk) => {
      // Enough of what the client said to recognise its role (a LISTEN).
      if (pair.sent.length < 4096) pair.sent += chunk.toString("latin1");
    });
    client.pipe(upstream);
    upstream.pipe(client);
    const close = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on("error", close);
    upstream.on("error", close);
    client.on("close", close);
    upstream.on("close", close);
  });
  const port = await findFreePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    port,
    /** Silences, both ways, the open connections whose client sent `marker` (new ones still pass). */
    silence(marker: string) {
      let silenced = 0;
      for (const pair of pairs) {
        if (!pair.sent.includes(marker)) continue;
        pair.client.unpipe(pair.server);
        pair.server.unpipe(pair.client);
        pair.client.pause();
        pair.server.pause();
        silenced++;
      }
      return silenced;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const pair of pairs) {
          pair.client.destroy();
          pair.server.destroy();
        }
        server.close(() => resolve());
      }),
  };
}
