/** Only addresses of the back office are followed after login, never another site. */
export function safeReturn(value: string | undefined | null) {
  return value && /^\/admin(\/[\w\-/]*)?$/.test(value) ? value : "/admin";
}

/** The page where the person confirms who they are before changing a factor or an access, then comes back. */
export function confirmationPath(from: string) {
  return `/admin/confirmation?retour=${encodeURIComponent(safeReturn(from))}`;
}
