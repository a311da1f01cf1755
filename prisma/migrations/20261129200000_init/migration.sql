-- Accent-insensitive search (a trusted extension: a database owner may create it).
CREATE EXTENSION IF NOT EXISTS "unaccent";

-- CreateEnum
CREATE TYPE "StructureKind" AS ENUM ('ACI', 'AI', 'EI', 'EITI', 'ETTI', 'GEIQ', 'EA', 'EATT');

-- CreateEnum
CREATE TYPE "MandateLevel" AS ENUM ('DEPARTMENTAL', 'REGIONAL', 'NATIONAL');

-- CreateTable
CREATE TABLE "region" (
    "code" VARCHAR(3) NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "region_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "department" (
    "code" VARCHAR(3) NOT NULL,
    "name" TEXT NOT NULL,
    "region_code" VARCHAR(3),

    CONSTRAINT "department_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "structure" (
    "id" SERIAL NOT NULL,
    "siret" VARCHAR(14) NOT NULL,
    "kind" "StructureKind" NOT NULL,
    "name" TEXT NOT NULL,
    "brand" TEXT,
    "slug" TEXT NOT NULL,
    "address" TEXT,
    "postal_code" VARCHAR(5),
    "city" TEXT NOT NULL,
    "department_code" VARCHAR(3) NOT NULL,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "website" TEXT,
    "description" TEXT,
    "source" TEXT NOT NULL,
    "search_vector" TSVECTOR,
    "sort_name" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "structure_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "structure_siret_check" CHECK ("siret" ~ '^[0-9]{14}$'),
    CONSTRAINT "structure_postal_code_check" CHECK ("postal_code" ~ '^[0-9]{5}$'),
    CONSTRAINT "structure_slug_check" CHECK ("slug" ~ '^[A-Za-z0-9-]{1,200}$'),
    CONSTRAINT "structure_coordinates_check" CHECK ("latitude" BETWEEN -90 AND 90 AND "longitude" BETWEEN -180 AND 180)
);

-- CreateTable
CREATE TABLE "structure_count" (
    "kind" "StructureKind" NOT NULL,
    "value" INTEGER NOT NULL,
    "as_of" DATE,
    "source" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "structure_count_pkey" PRIMARY KEY ("kind"),
    CONSTRAINT "structure_count_value_check" CHECK ("value" >= 0)
);

-- CreateTable
CREATE TABLE "network_figures" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "founded_year" INTEGER NOT NULL,
    "members" INTEGER NOT NULL,
    "aci_count" INTEGER NOT NULL,
    "employees" INTEGER NOT NULL,
    "employees_in_pathway" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "network_figures_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "network_figures_single_row_check" CHECK ("id" = 1),
    CONSTRAINT "network_figures_values_check" CHECK (
        "members" >= 0 AND "aci_count" >= 0 AND "employees" >= 0
        AND "employees_in_pathway" BETWEEN 0 AND "employees"
    )
);

-- CreateTable
CREATE TABLE "mandate" (
    "id" SERIAL NOT NULL,
    "organisation" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "level" "MandateLevel" NOT NULL,
    "position" INTEGER NOT NULL,
    "url" TEXT,
    "starts_on" DATE,
    "ends_on" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "mandate_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "mandate_dates_check" CHECK ("ends_on" IS NULL OR "starts_on" IS NULL OR "ends_on" >= "starts_on")
);

-- CreateTable
CREATE TABLE "page_section" (
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "eyebrow" TEXT,
    "heading" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "page_section_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "video_settings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "title" TEXT NOT NULL,
    "caption" TEXT NOT NULL,
    "video_url" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "video_settings_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "video_settings_single_row_check" CHECK ("id" = 1)
);

-- CreateIndex
CREATE INDEX "department_region_code_idx" ON "department"("region_code");

-- CreateIndex
CREATE UNIQUE INDEX "structure_slug_key" ON "structure"("slug");

-- CreateIndex
CREATE INDEX "structure_department_code_idx" ON "structure"("department_code");

-- CreateIndex
CREATE INDEX "structure_kind_idx" ON "structure"("kind");

-- CreateIndex
CREATE INDEX "structure_sort_name_id_idx" ON "structure"("sort_name", "id");

-- CreateIndex
CREATE INDEX "structure_search_vector_idx" ON "structure" USING GIN ("search_vector");

-- CreateIndex
CREATE UNIQUE INDEX "structure_siret_kind_key" ON "structure"("siret", "kind");

-- CreateIndex
CREATE INDEX "mandate_position_idx" ON "mandate"("position");

-- AddForeignKey
ALTER TABLE "department" ADD CONSTRAINT "department_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "structure" ADD CONSTRAINT "structure_department_code_fkey" FOREIGN KEY ("department_code") REFERENCES "department"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Search normalisation, shared by the trigger below and by every search query, so that both sides agree:
-- accents removed (with ligatures: œ -> oe), lower case, every run of punctuation or spaces folded to one space.
CREATE FUNCTION "sns_normalize"("value" TEXT) RETURNS TEXT
    LANGUAGE sql STABLE PARALLEL SAFE STRICT
    AS $$ SELECT btrim(regexp_replace(lower(unaccent("value")), '[^[:alnum:]]+', ' ', 'g')) $$;

CREATE FUNCTION "structure_search_fields"() RETURNS TRIGGER
    LANGUAGE plpgsql
    AS $$
BEGIN
    -- The 'simple' configuration keeps every word as typed (no stemming, no stop words): names are not prose.
    NEW."search_vector" := to_tsvector('simple', sns_normalize(concat_ws(' ', NEW."brand", NEW."name", NEW."city", NEW."postal_code", NEW."siret")));
    NEW."sort_name" := sns_normalize(coalesce(nullif(btrim(NEW."brand"), ''), NEW."name"));
    RETURN NEW;
END
$$;

CREATE TRIGGER "structure_search_fields"
    BEFORE INSERT OR UPDATE OF "brand", "name", "city", "postal_code", "siret" ON "structure"
    FOR EACH ROW EXECUTE FUNCTION "structure_search_fields"();
