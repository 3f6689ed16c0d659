/** A settings form's mark while it holds a change not applied yet (the Apply bar says it for all of them). */
export function FormEdited({ edited }: { edited: boolean }) {
  return edited ? <span className="form-edited">(edited, not applied)</span> : null;
}
