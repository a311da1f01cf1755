// The client's address inside a server action or a page: the header the site's server set for this request
// (lib/server/client-address.ts).
import "server-only";
import { headers } from "next/headers";
import { CLIENT_ADDRESS_HEADER } from "@/lib/server/client-address";

export async function requestAddress() {
  return (await headers()).get(CLIENT_ADDRESS_HEADER) || "inconnue";
}
