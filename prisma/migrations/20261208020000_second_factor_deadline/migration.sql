-- Until when a login waiting for its second factor stands: 10 minutes after the password, as before, but the
-- verification page can now give 10 more on request (RGAA 13.1).
ALTER TABLE "login_session" ADD COLUMN "second_factor_until" TIMESTAMPTZ(3);
UPDATE "login_session" SET "second_factor_until" = "created_at" + INTERVAL '10 minutes';
ALTER TABLE "login_session" ALTER COLUMN "second_factor_until" SET NOT NULL;
