-- The French communes (official list, with a point for searches by distance), and the commune each structure
-- is in. Distances need no extension: a GiST index on the built-in point type picks the structures inside a
-- bounding box, then the exact great-circle distance is computed on those rows only (lib/directory/queries.ts).

-- CreateTable
CREATE TABLE "commune" (
    "code" VARCHAR(5) NOT NULL,
    "name" TEXT NOT NULL,
    "department_code" VARCHAR(3) NOT NULL,
    "postal_codes" TEXT[],
    "population" INTEGER NOT NULL DEFAULT 0,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "point_source" TEXT,
    "search_key" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "commune_pkey" PRIMARY KEY ("code")
);

-- CreateIndex
CREATE INDEX "commune_search_key_idx" ON "commune"("search_key" text_pattern_ops);

-- CreateIndex
CREATE INDEX "commune_department_code_idx" ON "commune"("department_code");

-- CreateIndex
CREATE INDEX "commune_postal_codes_idx" ON "commune" USING GIN ("postal_codes");

-- AlterTable
ALTER TABLE "structure" ADD COLUMN "commune_code" VARCHAR(5);

-- CreateIndex
CREATE INDEX "structure_commune_code_idx" ON "structure"("commune_code");

-- AddForeignKey
ALTER TABLE "structure" ADD CONSTRAINT "structure_commune_code_fkey" FOREIGN KEY ("commune_code") REFERENCES "commune"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- Not expressible in schema.prisma: the structures' points, for the bounding box of a distance search.
CREATE INDEX "structure_location_idx" ON "structure" USING GIST (point("longitude", "latitude"))
    WHERE "latitude" IS NOT NULL AND "longitude" IS NOT NULL;
