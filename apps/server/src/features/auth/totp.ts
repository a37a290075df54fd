import { randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";

// RFC 6238 time-based codes as authenticator apps make them: SHA-1, six digits, 30 seconds.

export const totpOf = (secret: string, label: string) =>
  new TOTP({
    issuer: "Kring",
    label,
    secret: Secret.fromBase32(secret),
    algorithm: "SHA1",
    digits: 6,
    period: 30,
  });

export const newTotpSecret = () => new Secret({ size: 20 }).base32;

/** The time step a code belongs to, or null. One step either side allows for a clock off by 30 s. */
export function matchingStep(secret: string, code: string, now = Date.now()): number | null {
  const totp = totpOf(secret, "");
  const delta = totp.validate({ token: code.replace(/\s/g, ""), timestamp: now, window: 1 });
  return delta === null ? null : totp.counter({ timestamp: now }) + delta;
}

export const qrCodeOf = (uri: string) => QRCode.toDataURL(uri, { margin: 2, width: 240 });

/** Ten recovery codes of 50 random bits each, grouped for reading: "k7q2m-x9p4d". */
export function newRecoveryCodes(): string[] {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  return Array.from({ length: 10 }, () => {
    const chars = [...randomBytes(10)].map((b) => alphabet[b % alphabet.length]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

export const normaliseRecoveryCode = (code: string) => code.trim().toLowerCase().replace(/\s/g, "");
