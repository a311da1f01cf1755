/** A date column as the value of an <input type="date">. */
export const toDateInput = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");
