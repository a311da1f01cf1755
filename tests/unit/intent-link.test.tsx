import { fireEvent, render, screen } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { IntentLink } from "@/components/site/intent-link";

const prefetch = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ prefetch }) }));

beforeEach(() => prefetch.mockClear());

describe("IntentLink", () => {
  it("fetches nothing ahead while it is merely on screen", () => {
    render(<IntentLink href="/annuaire">Annuaire</IntentLink>);
    expect(screen.getByRole("link", { name: "Annuaire" })).toHaveAttribute("href", "/annuaire");
    expect(prefetch).not.toHaveBeenCalled();
  });

  it.each([
    ["pointed at", fireEvent.mouseEnter],
    ["focused", fireEvent.focus],
    ["touched", fireEvent.touchStart],
  ])("fetches its page ahead once %s", (_, event) => {
    render(<IntentLink href="/accessibilite">Accessibilité</IntentLink>);
    event(screen.getByRole("link", { name: "Accessibilité" }));
    expect(prefetch).toHaveBeenCalledWith("/accessibilite");
  });
});
