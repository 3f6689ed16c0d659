import { toBits, type BitField } from './addressSplit';

/**
 * An address drawn as adjacent boxes, one per field, each as wide as its bits, with the bits, the field's
 * name and its value written in: the split reads the same without colour.
 */
export function BitFields({ fields, label }: { fields: BitField[]; label: string }) {
  return (
    <div className="bit-fields" role="group" aria-label={label}>
      {fields.map((f) => (
        <div key={f.name} className={`bit-field bit-field-${f.name}`} style={{ flexGrow: Math.max(f.bits, 1) }}>
          <span className="bit-field-bits mono" aria-hidden="true">
            {toBits(f.value, f.bits)}
          </span>
          <span className="bit-field-name">
            {f.name} ({f.bits} bit{f.bits === 1 ? '' : 's'}) = {f.value}
          </span>
        </div>
      ))}
    </div>
  );
}
