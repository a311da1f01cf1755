-- AlterTable: when the person last proved who they are on this login (password, second factor or
-- « Confirmer votre identité »); changing a factor or an account's access asks for a recent one.
ALTER TABLE "login_session" ADD COLUMN     "proved_at" TIMESTAMPTZ(3);
UPDATE "login_session" SET "proved_at" = "created_at";
ALTER TABLE "login_session" ALTER COLUMN "proved_at" SET NOT NULL,
ALTER COLUMN "proved_at" SET DEFAULT CURRENT_TIMESTAMP;
