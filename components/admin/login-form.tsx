"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { RequiredNote } from "@/components/admin/form-fields";

/** Credentials login through next-auth; the message is the same whether or not the account exists. */
export function LoginForm({ returnTo, messages }: { returnTo: string; messages: Record<string, string> }) {
  const [error, setError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);

  async function handleSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setIsPending(true);
    setError(null);
    const form = new FormData(event.currentTarget);
    try {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (result?.ok && !result.error) {
        window.location.assign(returnTo);
        return;
      }
      const code = result?.error ?? "";
      setError(
        (Object.hasOwn(messages, code) ? messages[code] : messages.CredentialsSignin) ?? "Connexion impossible.",
      );
    } catch {
      setError("Le service de connexion ne répond pas. Réessayez dans un instant.");
    }
    setIsPending(false);
  }

  return (
    <form onSubmit={handleSubmit} className="mt-6 space-y-4" noValidate>
      <RequiredNote />
      <div role="alert" aria-live="assertive">
        {error ? (
          <p className="rounded-lg bg-red-50 p-3 text-sm font-medium text-red-900 ring-1 ring-red-200">{error}</p>
        ) : null}
      </div>
      <div>
        <label htmlFor="email" className="block font-medium">
          Adresse électronique<span aria-hidden="true"> *</span>
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          className="mt-1 block w-full rounded-lg border border-slate-500 px-3 py-2"
        />
      </div>
      <div>
        <label htmlFor="password" className="block font-medium">
          Mot de passe<span aria-hidden="true"> *</span>
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="mt-1 block w-full rounded-lg border border-slate-500 px-3 py-2"
        />
      </div>
      <button
        type="submit"
        disabled={isPending}
        className="w-full rounded-lg bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {isPending ? "Connexion…" : "Se connecter"}
      </button>
    </form>
  );
}
