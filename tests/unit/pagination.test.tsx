import { render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { Pagination, pageWindow } from "@/components/directory/pagination";
import { parseDirectoryQuery } from "@/lib/directory/search-params";

// The links prefetch through the App Router, which only a Next.js page mounts.
vi.mock("next/navigation", () => ({ useRouter: () => ({ prefetch: () => undefined }) }));

describe("Pagination", () => {
  it("shows the pages around the current one, the first and the last", () => {
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(10, 193)).toEqual([1, null, 8, 9, 10, 11, 12, null, 193]);
    expect(pageWindow(193, 193)).toEqual([1, null, 191, 192, 193]);
  });

  it("links every page with the filters kept and marks the current one", () => {
    render(<Pagination query={parseDirectoryQuery({ type: "ACI", page: "2" })} pageCount={5} />);
    expect(screen.getByRole("link", { name: "Page 2" })).toHaveAttribute("aria-current", "page");
    expect(screen.getByRole("link", { name: /Précédente/ })).toHaveAttribute("href", "/annuaire?type=ACI");
    expect(screen.getByRole("link", { name: /Suivante/ })).toHaveAttribute("href", "/annuaire?type=ACI&page=3");
  });

  it("is absent when everything fits on one page", () => {
    const { container } = render(<Pagination query={parseDirectoryQuery({})} pageCount={1} />);
    expect(container).toBeEmptyDOMElement();
  });
});
