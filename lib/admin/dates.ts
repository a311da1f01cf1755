// A date column as the value of an <input type="date">.
import { isoDay } from "@/lib/format";

export const toDateInput = (date: Date | null) => (date ? isoDay(date) : "");
