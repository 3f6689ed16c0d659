/** One field of a virtual address, most significant first. */
export interface BitField {
  name: 'directory' | 'table' | 'VPN' | 'offset';
  bits: number;
  value: number;
}

/**
 * Index bits of a second-level table in a two-level walk, as the core sets them (core/memory/create.ts:
 * a table fills one page with 4-byte entries, so it has pageSize ÷ 4 entries), at most the VPN's bits.
 * The directory takes the VPN bits above them.
 */
export function tableBits(pageSize: number, vpnBits: number): number {
  return Math.max(0, Math.min(vpnBits, Math.log2(pageSize) - 2));
}

/** How an address splits: VPN | offset, or directory | table | offset, with each field's value. */
export function splitAddress(address: number, pageSize: number, virtualBits: number, levels: 1 | 2): BitField[] {
  const offsetBits = Math.log2(pageSize);
  const vpnBits = virtualBits - offsetBits;
  // Division, not shifts: addresses reach 2^48, past JavaScript's 32-bit bitwise operators.
  const vpn = Math.floor(address / pageSize);
  const offset = address - vpn * pageSize;
  if (levels === 1)
    return [
      { name: 'VPN', bits: vpnBits, value: vpn },
      { name: 'offset', bits: offsetBits, value: offset },
    ];
  const t = tableBits(pageSize, vpnBits);
  const tableSize = 2 ** t;
  return [
    { name: 'directory', bits: vpnBits - t, value: Math.floor(vpn / tableSize) },
    { name: 'table', bits: t, value: vpn % tableSize },
    { name: 'offset', bits: offsetBits, value: offset },
  ];
}

/** A field's value in binary, padded to its width. */
export function toBits(value: number, bits: number): string {
  return value.toString(2).padStart(bits, '0');
}
