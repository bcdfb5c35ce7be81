import { describe, expect, it } from "vitest";
import { checkAccountNumber, checkEmail, checkPassword, checkPhone, sameSurname } from "./validation.js";

describe("registration field rules (manual 2, 3.1)", () => {
  it("account number is exactly 10 digits", () => {
    expect(checkAccountNumber(" 5081111111 ")).toEqual({ ok: true, value: "5081111111" });
    for (const bad of ["508111111", "50811111111", "50811111a1", ""]) expect(checkAccountNumber(bad)).toEqual({ ok: false, rule: "accountFormat" });
  });

  it("e-mail: Latin only, no .рф, stored lower-case", () => {
    expect(checkEmail(" Test@Mail.RU ")).toEqual({ ok: true, value: "test@mail.ru" });
    expect(checkEmail("иван@почта.рф")).toEqual({ ok: false, rule: "emailRf" });
    expect(checkEmail("ivan@site.xn--p1ai")).toEqual({ ok: false, rule: "emailRf" });
    expect(checkEmail("иван@mail.ru")).toEqual({ ok: false, rule: "emailLatin" });
    expect(checkEmail("ivan@mail")).toEqual({ ok: false, rule: "emailFormat" });
  });

  it("phone: an 11-digit federal number in the usual spellings", () => {
    for (const p of ["+7 (999) 999-99-99", "89999999999", "8 999 999 99 99", "79999999999"]) expect(checkPhone(p)).toEqual({ ok: true, value: "79999999999" });
    for (const bad of ["9999999999", "+7 (999) 999-99-9", "+1 (999) 999-99-99", "7999999999x", "74951234567"]) expect(checkPhone(bad).ok).toBe(false);
  });

  it("password: 6+ chars, a digit and a lower-case Latin letter; allowed specials; no Cyrillic; not common", () => {
    expect(checkPassword("demo2026").ok).toBe(true);
    expect(checkPassword("Abc 1!@#$%^&*()").ok).toBe(true);
    expect(checkPassword("пароль123")).toEqual({ ok: false, rule: "passwordLower" });
    expect(checkPassword("abcпароль1")).toEqual({ ok: false, rule: "passwordCyrillic" });
    expect(checkPassword("ab1")).toEqual({ ok: false, rule: "passwordLength" });
    expect(checkPassword("abcdefg")).toEqual({ ok: false, rule: "passwordDigit" });
    expect(checkPassword("12345678")).toEqual({ ok: false, rule: "passwordLower" });
    expect(checkPassword("ABCDEF12")).toEqual({ ok: false, rule: "passwordLower" });
    expect(checkPassword("abc_123")).toEqual({ ok: false, rule: "passwordChars" });
    expect(checkPassword("qwerty123")).toEqual({ ok: false, rule: "passwordCommon" });
  });

  it("surname match ignores case, spaces and ё", () => {
    expect(sameSurname(" иванов", "Иванов")).toBe(true);
    expect(sameSurname("Фёдоров", "Федоров")).toBe(true);
    expect(sameSurname("Петров", "Иванов")).toBe(false);
  });
});
