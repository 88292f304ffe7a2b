import { createInterface } from 'node:readline/promises';

/** Asks on the terminal; without one (a script) the answer is no: such a caller passes --yes. */
export async function confirmOnTerminal(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await rl.question(`${question} Typ "ja" om door te gaan: `);
    return answer.trim().toLowerCase() === 'ja';
  } finally {
    rl.close();
  }
}
