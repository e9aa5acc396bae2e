/** The width help and `explain` wrap to: the terminal's, at most 100 columns; 80 when piped. */
export const outputWidth = (stdout: { columns?: number }): number => Math.min(100, stdout.columns ?? 80);
