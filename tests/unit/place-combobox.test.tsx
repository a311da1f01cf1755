import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { PlaceCombobox, type PlaceSuggestion } from "@/components/directory/place-combobox";

const COLOMBES: PlaceSuggestion[] = [
  { code: "89345", label: "Sainte-Colombe (89)", postalCode: "89440" },
  { code: "21549", label: "Sainte-Colombe (21)", postalCode: "21350" },
  { code: "77402", label: "Sainte-Colombe (77)", postalCode: "77650" },
];
const suggest = vi.fn(async (text: string) => (text.toLowerCase().startsWith("sainte") ? COLOMBES : []));

function renderInForm(props: { initialCode?: string; initialLabel?: string } = {}) {
  render(
    <form aria-label="recherche">
      <label htmlFor="lieu">Ville ou code postal</label>
      <PlaceCombobox
        initialCode={props.initialCode ?? ""}
        initialLabel={props.initialLabel ?? ""}
        className=""
        suggest={suggest}
      />
    </form>,
  );
  return screen.getByRole("combobox", { name: "Ville ou code postal" });
}

const chosenCode = () =>
  new FormData(screen.getByRole("form", { name: "recherche" }) as HTMLFormElement).get("commune");

describe("PlaceCombobox", () => {
  it("offers the communes as one types, announces how many, and chooses one with the keyboard alone", async () => {
    const user = userEvent.setup();
    const field = renderInForm();
    await user.type(field, "Sainte-Col");
    await waitFor(() => expect(field).toHaveAttribute("aria-expanded", "true"));
    expect(screen.getAllByRole("option").map((option) => option.textContent)).toEqual([
      "Sainte-Colombe (89) · 89440",
      "Sainte-Colombe (21) · 21350",
      "Sainte-Colombe (77) · 77650",
    ]);
    expect(screen.getByRole("status")).toHaveTextContent("3 communes proposées");

    await user.keyboard("{ArrowDown}{ArrowDown}");
    expect(field).toHaveAttribute("aria-activedescendant", screen.getAllByRole("option")[1]!.id);
    expect(screen.getAllByRole("option")[1]).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{Enter}");
    expect(field).toHaveValue("Sainte-Colombe (21)");
    expect(field).toHaveAttribute("aria-expanded", "false");
    expect(chosenCode()).toBe("21549");
    expect(screen.getByRole("status")).toHaveTextContent("Sainte-Colombe (21) choisie.");
  });

  it("closes on Escape, and forgets the commune chosen when the text changes", async () => {
    const user = userEvent.setup();
    const field = renderInForm({ initialCode: "57463", initialLabel: "Metz (57)" });
    expect(chosenCode()).toBe("57463");
    await user.clear(field);
    expect(chosenCode()).toBeNull();
    await user.type(field, "Sainte");
    await waitFor(() => expect(field).toHaveAttribute("aria-expanded", "true"));
    await user.keyboard("{Escape}");
    expect(field).toHaveAttribute("aria-expanded", "false");
    expect(field).toHaveValue("Sainte");
  });

  it("says so when nothing matches", async () => {
    const user = userEvent.setup();
    const field = renderInForm();
    await user.type(field, "zzzz");
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Aucune commune ne correspond."));
    expect(field).toHaveAttribute("aria-expanded", "false");
  });

  it("is a plain text field in the server's HTML, and keeps what was typed before the scripts ran", async () => {
    const html = renderToString(
      <PlaceCombobox initialCode="57463" initialLabel="Metz (57)" className="" suggest={suggest} />,
    );
    expect(html).not.toContain("combobox");
    expect(html).not.toContain('name="commune"');
    const container = document.body.appendChild(document.createElement("div"));
    container.innerHTML = html;
    (container.querySelector("#lieu") as HTMLInputElement).value = "Sarreguemines";
    await act(async () => {
      render(<PlaceCombobox initialCode="57463" initialLabel="Metz (57)" className="" suggest={suggest} />, {
        container,
        hydrate: true,
      });
    });
    expect(container.querySelector("#lieu")).toHaveValue("Sarreguemines");
    expect(container.querySelector('input[name="commune"]')).toBeNull();
  });
});
