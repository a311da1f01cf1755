import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { FormMessage } from "@/components/admin/form-fields";
import { MandateForm } from "@/components/admin/mandate-form";
import { MESSAGES, type FormState } from "@/lib/admin/form-state";

const refused: FormState = {
  id: "reponse-1",
  status: "error",
  message: MESSAGES.invalid,
  fieldErrors: { organisation: ["Organisation : ce champ est obligatoire."] },
  values: { organisation: "", role: "Vice-président", level: "NATIONAL", url: "", startsOn: "", endsOn: "" },
};

describe("back-office forms", () => {
  it("announce the errors, tie each one to its field, and keep what was typed", async () => {
    const action = vi.fn(async () => refused);
    render(<MandateForm action={action} />);
    await userEvent.type(screen.getByLabelText(/Fonction/), "Vice-président");
    await userEvent.click(screen.getByRole("button", { name: "Ajouter le mandat" }));

    expect(await screen.findByRole("alert")).toHaveTextContent(MESSAGES.invalid);
    const organisation = screen.getByLabelText(/Organisation/);
    expect(organisation).toHaveAttribute("aria-invalid", "true");
    expect(organisation).toHaveAccessibleDescription("Organisation : ce champ est obligatoire.");
    expect(screen.getByLabelText(/Fonction/)).toHaveValue("Vice-président");
    expect(screen.getByLabelText(/Niveau/)).toHaveValue("NATIONAL");
  });

  it("show the current values after a conflicting edit", () => {
    render(
      <FormMessage
        state={{ status: "conflict", message: MESSAGES.conflict, current: { role: "Présidente", version: "3" } }}
      />,
    );
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("Quelqu’un d’autre a modifié cet élément");
    expect([...alert.querySelectorAll("dt, dd")].map((el) => el.textContent)).toEqual(["role\u00a0:", "Présidente"]);
    expect(alert).not.toHaveTextContent("version");
  });

  it("confirm a save politely, without an alert", () => {
    render(<FormMessage state={{ status: "success", message: MESSAGES.saved }} />);
    expect(screen.getByRole("status")).toHaveTextContent("Modifications enregistrées.");
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
