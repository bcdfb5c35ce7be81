// A labelled on/off switch (Профиль → Подписки): a native checkbox with role=switch, drawn as a track.
export function Switch(props: { name: string; label: string; checked: boolean; disabled: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label class="switch">
      <input
        class="switch__input"
        type="checkbox"
        // biome-ignore lint/a11y/useAriaPropsForRole: a native checkbox states its own checked state
        role="switch"
        name={props.name}
        checked={props.checked}
        disabled={props.disabled}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      <span class="switch__track" aria-hidden="true">
        <span class="switch__thumb" />
      </span>
      <span class="switch__label">{props.label}</span>
    </label>
  );
}
