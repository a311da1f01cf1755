// What the back-office integration tests share: a structure as its form would send it, and quick reads.
import { db } from "@/lib/database/db";

export const auditCount = () => db.auditEntry.count();
export const firstMandate = () => db.mandate.findFirstOrThrow({ orderBy: { position: "asc" } });
export const aci = () => db.structureCount.findUniqueOrThrow({ where: { kind: "ACI" } });

/** A new structure as the back office's form sends it. */
export const newStructure = {
  siret: "123 456 789 00015",
  kind: "ACI",
  name: "ATELIER DU TEST",
  brand: "L’Atelier du test",
  address: "1 rue de la Paix",
  postalCode: "57000",
  city: "Metz",
  departmentCode: "57",
  latitude: "49.1",
  longitude: "6.17",
  website: "https://atelier.example",
  description: "Une structure créée par les tests.",
};
