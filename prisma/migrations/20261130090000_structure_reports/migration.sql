-- CreateEnum
CREATE TYPE "ReportReason" AS ENUM ('CLOSED', 'ADDRESS', 'CONTACT', 'KIND', 'DUPLICATE', 'OTHER');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('OPEN', 'CORRECTED', 'DISMISSED');

-- CreateTable
CREATE TABLE "structure_report" (
    "id" SERIAL NOT NULL,
    "structure_id" INTEGER NOT NULL,
    "reason" "ReportReason" NOT NULL,
    "description" TEXT,
    "email" TEXT,
    "status" "ReportStatus" NOT NULL DEFAULT 'OPEN',
    "note" TEXT,
    "closed_by_id" INTEGER,
    "closed_at" TIMESTAMPTZ(3),
    "purged_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "structure_report_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "structure_report_status_created_at_idx" ON "structure_report"("status", "created_at");

-- CreateIndex
CREATE INDEX "structure_report_structure_id_idx" ON "structure_report"("structure_id");

-- AddForeignKey
ALTER TABLE "structure_report" ADD CONSTRAINT "structure_report_structure_id_fkey" FOREIGN KEY ("structure_id") REFERENCES "structure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "structure_report" ADD CONSTRAINT "structure_report_closed_by_id_fkey" FOREIGN KEY ("closed_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
