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
    <path
      d="M14 4h4a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-4M9 16l-4-4 4-4M5 12h10"
      fill="none"
      stroke="currentColor"
      stroke-width="1.8"
      stroke-linecap="round"
      stroke-linejoin="round"
    />
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
    <path
      d="M14 4h6v6M20 4l-9 9M18 14v4a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h4"
      fill="none"
      stroke="currentColor"
      stroke-width="1.8"
      stroke-linecap="round"
      stroke-linejoin="round"
    />
  </Svg>
);

export const ToolsIcon = (p: IconProps) => (
  <Svg {...p} viewBox="0 0 48 48">
    <circle cx="24" cy="24" r="22" fill="currentColor" opacity=".12" />
    <path
      d="M29.5 14.5a6 6 0 0 0-7.6 7.6L14 30l4 4 7.9-7.9a6 6 0 0 0 7.6-7.6l-3.6 3.6-3.3-.7-.7-3.3z"
      fill="none"
      stroke="currentColor"
      stroke-width="2.2"
      stroke-linejoin="round"
    />
  </Svg>
);

/** The portal's mark: a lightning bolt on the brand blue. */
export const BrandMark = (p: IconProps) => (
  <Svg {...p} viewBox="0 0 32 32">
    <rect width="32" height="32" rx="8" fill="currentColor" />
    <path d="M18 4 8 18h7l-2 10 11-15h-7z" fill="#fff" />
  </Svg>
);

/* Zones of the day (manual 6.2.1): круглосуточно, день, ночь, пик, полупик. */

export const SunIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="12" cy="12" r="4.2" fill="currentColor" />
    <path
      d="M12 2.5v2.6M12 18.9v2.6M2.5 12h2.6M18.9 12h2.6M5.3 5.3l1.8 1.8M16.9 16.9l1.8 1.8M5.3 18.7l1.8-1.8M16.9 7.1l1.8-1.8"
      fill="none"
      stroke="currentColor"
      stroke-width="1.8"
      stroke-linecap="round"
    />
  </Svg>
);

export const MoonIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M20 14.6A8.5 8.5 0 0 1 9.4 4a8.5 8.5 0 1 0 10.6 10.6Z" fill="currentColor" />
  </Svg>
);

export const ClockIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="12" cy="12" r="8.6" fill="none" stroke="currentColor" stroke-width="1.8" />
    <path d="M12 7v5l3.2 2" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
  </Svg>
);

/** Пик: the highest bar of a load curve. */
export const PeakIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M3 20h18" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
    <rect x="5" y="13" width="3.2" height="5" rx="1" fill="currentColor" opacity=".45" />
    <rect x="10.4" y="5" width="3.2" height="13" rx="1" fill="currentColor" />
    <rect x="15.8" y="10" width="3.2" height="8" rx="1" fill="currentColor" opacity=".45" />
  </Svg>
);

/** Полупик: the middle bar. */
export const SemiPeakIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M3 20h18" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
    <rect x="5" y="13" width="3.2" height="5" rx="1" fill="currentColor" opacity=".45" />
    <rect x="10.4" y="9" width="3.2" height="9" rx="1" fill="currentColor" />
    <rect x="15.8" y="5" width="3.2" height="13" rx="1" fill="currentColor" opacity=".25" />
  </Svg>
);

export const CheckCircleIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="12" cy="12" r="10" fill="currentColor" />
    <path d="m7.5 12.3 3 3 6-6.3" fill="none" stroke="#fff" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
  </Svg>
);

export const AlertCircleIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="12" cy="12" r="10" fill="currentColor" />
    <path d="M12 7v6" fill="none" stroke="#fff" stroke-width="2.2" stroke-linecap="round" />
    <circle cx="12" cy="16.6" r="1.3" fill="#fff" />
  </Svg>
);

export const WarningIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M10.3 3.9 2.4 17.6A2 2 0 0 0 4.1 20.6h15.8a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0Z" fill="currentColor" />
    <path d="M12 9v5" fill="none" stroke="#fff" stroke-width="2.2" stroke-linecap="round" />
    <circle cx="12" cy="17.1" r="1.3" fill="#fff" />
  </Svg>
);

export const LockIcon = (p: IconProps) => (
  <Svg {...p}>
    <rect x="5" y="10.5" width="14" height="10" rx="2" fill="none" stroke="currentColor" stroke-width="1.8" />
    <path d="M8.5 10.5V7.8a3.5 3.5 0 0 1 7 0v2.7" fill="none" stroke="currentColor" stroke-width="1.8" />
  </Svg>
);

export const FileIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8Z" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round" />
    <path d="M14 3v5h5M9 13h6M9 17h4" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
  </Svg>
);
