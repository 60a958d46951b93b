/** The middle value (the upper one of an even count). */
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Kibibytes to one decimal, as a number for results files. */
export const kibibytes = (bytes: number) => Number((bytes / 1024).toFixed(1));

/** Kibibytes to one decimal, for tables: `12.8 KB`. */
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
