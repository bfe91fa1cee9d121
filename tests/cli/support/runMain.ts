import { main } from '../../../cli/main';

/** Runs the command line's main() with stdout and stderr captured: the exit code and what it wrote. */
export async function runMain(argv: string[]): Promise<{ code: number; out: string; errors: string }> {
  const chunks: string[] = [];
  const errors: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  const errSpy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    errors.push(String(chunk));
    return true;
  });
  try {
    const code = await main(argv);
    return { code, out: chunks.join(''), errors: errors.join('') };
  } finally {
    spy.mockRestore();
    errSpy.mockRestore();
  }
}
