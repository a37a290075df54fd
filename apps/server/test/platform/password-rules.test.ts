import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { passwordWeakness } from "../../src/platform/auth/password-policy";
import { createTestApp, createTestTenant, loginAs, type TestApp } from "../support/test-app";

describe("password rules", () => {
  it("refuses short, common, repeated and username-like passwords", () => {
    expect(passwordWeakness("1234567890")).toBe("too_short");
    expect(passwordWeakness("kort-ord")).toBe("too_short");
    expect(passwordWeakness("123456789012")).toBe("common");
    expect(passwordWeakness("Password1234")).toBe("common");
    expect(passwordWeakness("qwertyuiop123")).toBe("common");
    // Swedish words with digits or symbols tacked on are as weak as the words.
    expect(passwordWeakness("Sommar2026!!")).toBe("common");
    expect(passwordWeakness("Lösenord12345")).toBe("common");
    expect(passwordWeakness("!!Fotboll2025")).toBe("common");
    expect(passwordWeakness("abcabcabcabc")).toBe("repeated");
    expect(passwordWeakness("mentor.mariehem-2026", "mentor.mariehem")).toBe("username");
  });

  it("accepts a long passphrase", () => {
    expect(passwordWeakness("fyra ord i rad blir bra")).toBeNull();
    expect(passwordWeakness("korrekt-häst-batteri-häftklammer")).toBeNull();
  });
});

describe("an administrator creating a user", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it("is refused a weak password with a message in Swedish and English", async () => {
    const tenant = await createTestTenant(t.db);
    const admin = await loginAs(
      t.app,
      await tenant.addUser("skapare", [["admin", "administrator"]]),
    );
    const body = { username: "ny.person", displayName: "Ny Person", kind: "professional" };
    const short = await admin.post("/api/admin/users", { ...body, password: "1234567890" });
    expect(short.status).toBe(400);
    const common = await admin.post("/api/admin/users", { ...body, password: "Sommar2026!!" });
    expect(common.status).toBe(400);
    expect(common.json.code).toBe("weak_password");
    expect(common.json.message.sv).toMatch(/för lätt att gissa/);
    const good = await admin.post("/api/admin/users", {
      ...body,
      password: "fyra ord i rad blir bra",
    });
    expect(good.status).toBe(201);
  });
});
