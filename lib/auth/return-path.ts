/** Only addresses of the back office are followed after login, never another site. */
export function safeReturn(value: string | undefined | null) {
  return value && /^\/admin(\/[\w\-/]*)?$/.test(value) ? value : "/admin";
}
