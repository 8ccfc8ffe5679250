// Unzips an agent zip without trusting its headers' sizes: entries are counted and unpacked bytes measured as they
// come out of the inflater, which is fed the zip a little at a time, so a zip bomb is stopped (an `InvalidAgentError`, api.ai's 400 in the server) once
// a limit is passed, before memory grows past it by more than one fed piece can expand to.
import { Unzip, UnzipInflate } from 'fflate';
import { InvalidAgentError } from '../agent/InvalidAgentError.js';

export interface UnzipLimits {
  /** Most bytes all entries may unpack to together. */
  maxUnpackedBytes: number;
  /** Most entries (files and folders) the zip may hold. */
  maxEntries: number;
}

export const defaultUnzipLimits: UnzipLimits = { maxUnpackedBytes: 64 * 1024 * 1024, maxEntries: 10_000 };

/** Zip bytes fed to the inflater at a time: DEFLATE expands at most ~1,032 times, so one piece adds at most ~1 MiB. */
const pieceBytes = 1024;

function joined(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  const out = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** The zip's files by path (folders left out), or an `InvalidAgentError` once a limit is passed or the zip cannot be read. */
export function unpackZip(zip: Uint8Array, limits: UnzipLimits): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array[]>();
  let entries = 0;
  let unpacked = 0;
  let failure: InvalidAgentError | undefined;
  const unzip = new Unzip((file) => {
    entries += 1;
    if (entries > limits.maxEntries) {
      failure ??= new InvalidAgentError(`The agent zip has more than ${limits.maxEntries} entries`);
      return;
    }
    if (file.name.endsWith('/')) return;
    const chunks: Uint8Array[] = [];
    files.set(file.name, chunks);
    file.ondata = (error, data) => {
      if (failure !== undefined) return;
      if (error !== null) {
        failure = new InvalidAgentError(`The agent zip cannot be read: ${error.message}`);
        return;
      }
      unpacked += data.length;
      if (unpacked > limits.maxUnpackedBytes) {
        failure = new InvalidAgentError(`The agent zip unpacks to more than ${limits.maxUnpackedBytes} bytes`);
        file.terminate();
        return;
      }
      chunks.push(data);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let offset = 0; offset < zip.length && failure === undefined; offset += pieceBytes) {
      unzip.push(zip.subarray(offset, offset + pieceBytes), offset + pieceBytes >= zip.length);
    }
  } catch (error) {
    throw new InvalidAgentError(`The agent zip cannot be read: ${(error as Error).message}`);
  }
  if (failure !== undefined) throw failure;
  return new Map([...files].map(([path, chunks]) => [path, joined(chunks)]));
}
