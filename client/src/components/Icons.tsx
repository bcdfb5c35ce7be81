// Inline icons (decorative: aria-hidden; the surrounding control carries the label).
import type { JSX } from "solid-js";

type IconProps = { class?: string };

function Svg(props: IconProps & { children: JSX.Element; viewBox?: string }) {
  return (
    <svg class={props.class ?? "icon"} viewBox={props.viewBox ?? "0 0 24 24"} aria-hidden="true">
      {props.children}
    </svg>
  );
}

export const EnvelopeIcon = (p: IconProps) => (
  <Svg {...p}>
    <rect x="2.5" y="5" width="19" height="14" rx="2" fill="none" stroke="currentColor" stroke-width="1.8" />
    <path d="m3.5 6.5 8.5 6.5 8.5-6.5" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round" />
  </Svg>
);

export const LogoutIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M14 4h4a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-4M9 16l-4-4 4-4M5 12h10" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
  </Svg>
);

export const EyeIcon = (p: IconProps & { crossed?: boolean }) => (
  <Svg {...p}>
    <path d="M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12Z" fill="none" stroke="currentColor" stroke-width="1.8" />
    <circle cx="12" cy="12" r="3" fill="none" stroke="currentColor" stroke-width="1.8" />
    {p.crossed && <path d="M4 20 20 4" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />}
  </Svg>
);

export const ArrowIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M5 12h14M13 6l6 6-6 6" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
  </Svg>
);

export const ExternalIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M14 4h6v6M20 4l-9 9M18 14v4a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h4" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
  </Svg>
);

export const ToolsIcon = (p: IconProps) => (
  <Svg {...p} viewBox="0 0 48 48">
    <circle cx="24" cy="24" r="22" fill="currentColor" opacity=".12" />
    <path d="M29.5 14.5a6 6 0 0 0-7.6 7.6L14 30l4 4 7.9-7.9a6 6 0 0 0 7.6-7.6l-3.6 3.6-3.3-.7-.7-3.3z" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linejoin="round" />
  </Svg>
);

/** The portal's mark: a lightning bolt on the brand blue. */
export const BrandMark = (p: IconProps) => (
  <Svg {...p} viewBox="0 0 32 32">
    <rect width="32" height="32" rx="8" fill="currentColor" />
    <path d="M18 4 8 18h7l-2 10 11-15h-7z" fill="#fff" />
  </Svg>
);
