// Stand-in for the "server-only" marker package, which only guards bundling.
export {};
