import { NavStrip } from "../components/NavStrip";

// Sections of the manual (6.1–6.6), in its order.
const SECTIONS = [
  { href: "/", label: "Главная", end: true },
  { href: "/readings", label: "Показания" },
  { href: "/charges", label: "Начисления" },
  { href: "/payment", label: "Оплата" },
  { href: "/appeals", label: "Заявления" },
  { href: "/profile", label: "Профиль" },
] as const;

/** Section menu; on narrow screens it becomes a horizontally scrolling strip. */
export function MainMenu() {
  return (
    <NavStrip label="Разделы личного кабинета" items={SECTIONS} navClass="menu" listClass="menu__list container" linkClass="menu__link" keepCurrentInView />
  );
}
