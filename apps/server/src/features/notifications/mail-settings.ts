import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema";

/** The tenant's SMTP server as the administrator set it; no host: the demo folder. */
export interface SmtpSettings {
  host: string;
  port: number;
  security: "tls" | "starttls" | "none";
  user: string | null;
  password: string | null;
  from: string;
}

/** Ports by security when the administrator gave none: 465 for TLS, 587 to upgrade, 25 plain. */
const DEFAULT_PORT = { tls: 465, starttls: 587, none: 25 } as const;

export async function smtpSettingsOf(
  db: Kysely<Database>,
  tenantId: string,
): Promise<SmtpSettings | null> {
  const row = await db
    .selectFrom("tenant_settings")
    .select(["smtp_host", "smtp_port", "smtp_security", "smtp_user", "smtp_password", "mail_from"])
    .where("tenant_id", "=", tenantId)
    .executeTakeFirst();
  if (!row?.smtp_host) return null;
  const security = row.smtp_security ?? "starttls";
  return {
    host: row.smtp_host,
    port: row.smtp_port ?? DEFAULT_PORT[security],
    security,
    user: row.smtp_user,
    password: row.smtp_password,
    from: row.mail_from ?? `kring@${row.smtp_host}`,
  };
}
