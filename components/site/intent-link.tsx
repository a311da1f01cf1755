"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";

type Props = Omit<
  React.ComponentProps<typeof Link>,
  "href" | "prefetch" | "onMouseEnter" | "onFocus" | "onTouchStart"
> & {
  href: string;
};

/**
 * A link within the site whose page is fetched ahead only when the visitor shows the intent to follow it
 * (pointer over it, focus, touch), not as soon as it is on screen: on a phone, prefetching every visible
 * link costs more main-thread time and data at load than the rare click it speeds up.
 */
export function IntentLink({ href, ...props }: Props) {
  const router = useRouter();
  const prefetch = () => router.prefetch(href);
  return (
    <Link {...props} href={href} prefetch={false} onMouseEnter={prefetch} onFocus={prefetch} onTouchStart={prefetch} />
  );
}
