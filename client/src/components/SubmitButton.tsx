/** A form's submit button: disabled while the form is being sent, saying what is going on. */
export function SubmitButton(props: { busy: boolean; busyLabel: string; label: string; class?: string }) {
  return (
    <button type="submit" class={props.class ?? "button button--primary"} disabled={props.busy}>
      {props.busy ? props.busyLabel : props.label}
    </button>
  );
}
