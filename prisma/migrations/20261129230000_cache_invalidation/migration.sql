-- CreateTable
CREATE TABLE "cache_invalidation" (
    "tag" VARCHAR(255) NOT NULL,
    "invalidated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cache_invalidation_pkey" PRIMARY KEY ("tag")
);
