// The signed-in cabinet's frame and Главная: one chunk, not in the sign-in page's first bundle.
// The sign-in page asks for it once it has rendered, so the chunk is there by the time the
// customer has typed a password; a session resumed on start asks for it at once (the router).

let cabinet: Promise<typeof import("./cabinet")> | undefined;

export function loadCabinet(): Promise<typeof import("./cabinet")> {
  cabinet ??= import("./cabinet");
  return cabinet;
}
