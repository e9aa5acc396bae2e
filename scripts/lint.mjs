// `npm run lint`: ESLint and Prettier's check side by side (each is mostly one core); fails if either fails.
import { spawn } from 'node:child_process';

const run = (command, args) =>
  new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('exit', (code) => resolve(code ?? 1));
  });

const codes = await Promise.all([run('eslint', ['.']), run('prettier', ['--check', '--log-level', 'warn', '**/*.{ts,js,mjs}'])]);
process.exitCode = codes.some((code) => code !== 0) ? 1 : 0;
