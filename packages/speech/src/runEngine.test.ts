import { describe, expect, it } from 'vitest';
import { EngineMissingError, SpeechEngineError } from './errors.js';
import { PocketsphinxRecognizer } from './pocketsphinxRecognizer.js';
import { runEngine } from './runEngine.js';

describe('runEngine', () => {
  it('names the Debian package when the binary is missing', async () => {
    const missing = runEngine({ command: 'parley-no-such-engine', debianPackage: 'parley-engine' }, []);
    await expect(missing).rejects.toBeInstanceOf(EngineMissingError);
    await expect(missing).rejects.toThrow('apt-get install parley-engine');
  });

  it('passes arguments literally, without a shell', async () => {
    const { stdout } = await runEngine({ command: 'echo', debianPackage: 'coreutils' }, ['$(id)', '; ls']);
    expect(stdout.toString()).toBe('$(id) ; ls\n');
  });

  it('feeds standard input and reports a failing exit', async () => {
    const { stdout } = await runEngine({ command: 'cat', debianPackage: 'coreutils' }, [], { input: 'text' });
    expect(stdout.toString()).toBe('text');
    await expect(runEngine({ command: 'false', debianPackage: 'coreutils' }, [])).rejects.toBeInstanceOf(
      SpeechEngineError,
    );
  });
});

describe('a missing model', () => {
  it('names the pocketsphinx-en-us package', async () => {
    const missing = PocketsphinxRecognizer.create({
      phrases: ['hello'],
      model: { acousticModel: '/nonexistent/hmm', languageModel: '/nonexistent/lm.bin', dictionary: '/nonexistent/dict' },
    });
    await expect(missing).rejects.toThrow('apt-get install pocketsphinx-en-us');
  });
});
