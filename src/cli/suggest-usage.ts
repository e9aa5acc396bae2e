import { closest } from '../config/suggest.js';

const COMMANDS = ['rules', 'explain', 'rollback', 'emulator', 'doctor'];

/**
 * yargs' usage messages made one line, with a "did you mean" for a misspelt flag or command.
 * `flags` are the kebab-case option names of the command that failed.
 */
export function explainUsageError(message: string, argv: string[], flags: string[]): string {
  const unknown = /^Unknown arguments?: (.+)$/.exec(message);
  if (!unknown) return message.replace(/\n\s*/g, ' ');
  const names = unknown[1].split(', ').filter((name) => !/[A-Z]/.test(name) || !unknown[1].includes(kebab(name)));
  const hints = names.map((name) => {
    const asFlag = argv.some((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
    const suggestion = asFlag ? closest(name, flags) : closest(name, COMMANDS);
    return suggestion
      ? `${asFlag ? `--${name}` : name} (did you mean ${asFlag ? `--${suggestion}` : suggestion}?)`
      : asFlag
        ? `--${name}`
        : name;
  });
  return `unknown ${names.length > 1 ? 'arguments' : 'argument'}: ${hints.join(', ')}; see --help`;
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
