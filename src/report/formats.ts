/** Every output format, by name: a module of its own so the CLI's option parsing loads no renderer. */
const formats = ['terminal', 'json', 'sarif', 'junit', 'markdown', 'html'] as const;

export type ReportFormat = (typeof formats)[number];

export const reportFormats: ReportFormat[] = [...formats];
