import { Popup } from './Popup';

export interface ColumnOption {
  id: string;
  header: string;
}

/** The "Columns" button: a checkbox per column the user may hide (PID, name and actions always stay). */
export function ColumnsMenu({
  options,
  hidden,
  onChange,
}: {
  options: readonly ColumnOption[];
  hidden: readonly string[];
  onChange: (hidden: string[]) => void;
}) {
  const show = (id: string, on: boolean) => onChange(on ? hidden.filter((h) => h !== id) : [...hidden, id]);
  return (
    <Popup label="Columns" button="Columns">
      {() => (
        <fieldset className="columns-menu">
          <legend>Columns shown</legend>
          {options.map((o) => (
            <label key={o.id}>
              <input type="checkbox" checked={!hidden.includes(o.id)} onChange={(e) => show(o.id, e.target.checked)} />{' '}
              {o.header}
            </label>
          ))}
        </fieldset>
      )}
    </Popup>
  );
}
