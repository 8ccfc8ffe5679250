/** Float32 values ↔ base64 of their little-endian bytes: exact, compact, and independent of platform byte order. */
export function encodeFloat32(values: Float32Array): string {
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  values.forEach((value, index) => view.setFloat32(index * 4, value, true));
  let binary = '';
  const chunk = 0x8000;
  for (let start = 0; start < bytes.length; start += chunk) {
    binary += String.fromCharCode(...bytes.subarray(start, start + chunk));
  }
  return btoa(binary);
}

export function decodeFloat32(encoded: string): Float32Array {
  const binary = atob(encoded);
  if (binary.length % 4 !== 0) throw new Error('Corrupt classifier model: a float array is not a multiple of 4 bytes');
  const view = new DataView(new ArrayBuffer(binary.length));
  for (let index = 0; index < binary.length; index += 1) view.setUint8(index, binary.charCodeAt(index));
  const values = new Float32Array(binary.length / 4);
  for (let index = 0; index < values.length; index += 1) values[index] = view.getFloat32(index * 4, true);
  return values;
}
