import { render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { SearchForm } from "@/components/directory/search-form";
import { parseDirectoryQuery } from "@/lib/directory/search-params";

const push = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ push }) }));

const regions = [
  { code: "44", name: "Grand Est", departments: [{ code: "57", name: "Moselle" }] },
  { code: "", name: "Hors région", departments: [{ code: "975", name: "Saint-Pierre-et-Miquelon" }] },
];

beforeEach(() => push.mockClear());

describe("SearchForm", () => {
  it("navigates to a URL without the fields left empty", async () => {
    const user = userEvent.setup();
    render(<SearchForm query={parseDirectoryQuery({})} regions={regions} placeLabel="" />);
    await user.type(screen.getByLabelText("Nom, enseigne, ville ou SIRET"), "metz");
    await user.click(screen.getByLabelText("Entreprise d’insertion (EI)"));
    await user.selectOptions(screen.getByLabelText("Département"), "57");
    await user.click(screen.getByRole("button", { name: "Afficher les résultats" }));
    expect(push).toHaveBeenCalledWith("/annuaire?q=metz&type=EI&departement=57");
  });

  it("is a plain GET form to /annuaire, for browsers without JavaScript", () => {
    render(<SearchForm query={parseDirectoryQuery({})} regions={regions} placeLabel="" />);
    const form = screen.getByRole("search", { name: "Rechercher une structure" });
    expect(form).toHaveAttribute("action", "/annuaire");
    expect(form).toHaveAttribute("method", "get");
  });

  it("sets its fields from the URL when it changes, as with the back button", () => {
    const { rerender } = render(
      <SearchForm query={parseDirectoryQuery({ q: "metz", type: "EI" })} regions={regions} placeLabel="" />,
    );
    expect(screen.getByLabelText("Nom, enseigne, ville ou SIRET")).toHaveValue("metz");
    rerender(<SearchForm query={parseDirectoryQuery({ q: "nancy", region: "44" })} regions={regions} placeLabel="" />);
    expect(screen.getByLabelText("Nom, enseigne, ville ou SIRET")).toHaveValue("nancy");
    expect(screen.getByLabelText("Entreprise d’insertion (EI)")).not.toBeChecked();
    expect(screen.getByLabelText("Région")).toHaveValue("44");
  });

  it("keeps what the visitor typed before the page became interactive", async () => {
    const query = parseDirectoryQuery({});
    const container = document.body.appendChild(document.createElement("div"));
    container.innerHTML = renderToString(<SearchForm query={query} regions={regions} placeLabel="" />);
    // Typed into the server's HTML while the scripts were still loading…
    (container.querySelector("#q") as HTMLInputElement).value = "metz";
    render(<SearchForm query={query} regions={regions} placeLabel="" />, { container, hydrate: true });
    // …it is still there once React has taken the form over, and it is what Enter searches for.
    expect(screen.getByLabelText("Nom, enseigne, ville ou SIRET")).toHaveValue("metz");
    await userEvent.type(screen.getByLabelText("Nom, enseigne, ville ou SIRET"), "{Enter}");
    expect(push).toHaveBeenCalledWith("/annuaire?q=metz");
  });

  it("offers départements outside any région, but not an empty région", () => {
    render(<SearchForm query={parseDirectoryQuery({})} regions={regions} placeLabel="" />);
    const regionOptions = [...(screen.getByLabelText("Région") as HTMLSelectElement).options].map((o) => o.text);
    expect(regionOptions).toEqual(["Toutes les régions", "Grand Est"]);
    expect(screen.getByRole("option", { name: "975 — Saint-Pierre-et-Miquelon" })).toBeInTheDocument();
  });

  it("sends the place typed and the radius, and no radius without a place", async () => {
    const user = userEvent.setup();
    render(<SearchForm query={parseDirectoryQuery({})} regions={regions} placeLabel="" />);
    await user.type(screen.getByLabelText("Ville ou code postal"), "Sarreguemines");
    await user.selectOptions(screen.getByLabelText("Dans un rayon de"), "10");
    await user.click(screen.getByRole("button", { name: "Rechercher" }));
    expect(push).toHaveBeenLastCalledWith("/annuaire?lieu=Sarreguemines&rayon=10");
    await user.clear(screen.getByLabelText("Ville ou code postal"));
    await user.click(screen.getByRole("button", { name: "Rechercher" }));
    expect(push).toHaveBeenLastCalledWith("/annuaire");
  });
});
