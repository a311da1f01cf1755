"use client";

import { useSyncExternalStore } from "react";

const never = () => () => {};

/** False in the server's HTML and during hydration, true once the scripts run: for what only works with them. */
export function useHydrated() {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
