import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Markdown } from "@/components/markdown";

describe("Markdown", () => {
  it("renders paragraphs, lists and subheadings", () => {
    const { container } = render(<Markdown>{"Un paragraphe.\n\n- un\n- deux\n\n### Un principe"}</Markdown>);
    expect(container.querySelectorAll("p")).toHaveLength(1);
    expect([...container.querySelectorAll("li")].map((li) => li.textContent)).toEqual(["un", "deux"]);
    expect(container.querySelector("h3")?.textContent).toBe("Un principe");
  });

  it("never lets markup or script through", () => {
    const hostile =
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[clic](javascript:alert(3))\n\n# Titre';
    const { container } = render(<Markdown>{hostile}</Markdown>);
    expect(container.querySelector("script, img, [onerror]")).toBeNull();
    expect(container.querySelector("a")?.getAttribute("href") ?? "").not.toMatch(/javascript/i);
    expect(container.querySelector("h1, h2")).toBeNull();
    expect(container.querySelector("h3")?.textContent).toBe("Titre");
  });
});
