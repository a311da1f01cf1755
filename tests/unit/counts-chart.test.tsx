import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { CountsChart } from "@/components/home/counts-chart";

const counts = [
  { kind: "EI" as const, value: 950, asOf: "2025-01-01", source: "DARES" },
  { kind: "AI" as const, value: 750, asOf: "2025-01-01", source: "DARES" },
  { kind: "ACI" as const, value: 1900, asOf: "2025-01-01", source: "DARES" },
];

describe("CountsChart", () => {
  it("lists each kind with its count and a total derived from them", () => {
    render(<CountsChart counts={counts} />);
    const items = screen.getAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual([
      "Entreprises d’insertion (EI)950",
      "Associations intermédiaires (AI)750",
      "Structures porteuses d’ateliers et chantiers d’insertion (ACi)1\u202f900",
    ]);
    // Testing Library folds no-break spaces into plain ones when it matches text.
    expect(within(screen.getByText("Total").parentElement!).getByText("3 600")).toBeInTheDocument();
  });

  it("states its source and date", () => {
    render(<CountsChart counts={counts} />);
    expect(screen.getByText("Source : DARES, au 1 janvier 2025.").textContent).toContain("Source\u00a0:");
  });

  it("draws bars proportional to the largest count", () => {
    const { container } = render(<CountsChart counts={counts} />);
    const widths = [...container.querySelectorAll<HTMLElement>("[aria-hidden] > div")].map((bar) => bar.style.width);
    expect(widths).toEqual([`${(950 / 1900) * 100}%`, `${(750 / 1900) * 100}%`, "100%"]);
  });
});
