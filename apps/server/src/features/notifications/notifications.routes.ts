import {
  MailSettingsBody,
  MailSettingsResponse,
  MailTestBody,
  MailTestResponse,
  MarkReadBody,
  NotificationPreferencesPatch,
  NotificationPreferencesResponse,
  NotificationsResponse,
  UnreadCountResponse,
} from "@kring/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { actorOf } from "../../platform/auth/auth-hooks";
import type { AppDeps } from "../../platform/http/app";
import { startNotifications } from "./jobs";
import {
  mailSettings,
  retryQueuedMail,
  sendTestMail,
  updateMailSettings,
} from "./mail-admin.service";
import {
  listNotifications,
  markRead,
  myPreferences,
  unreadCount,
  updateMyPreferences,
} from "./notifications.service";

/** The bell, a person's e-mail choices, and the administrator's SMTP settings (ADR 0032). */
export function notificationsRoutes(app: FastifyInstance, deps: AppDeps) {
  const { db, config } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["notifications"];
  // The job runs in the serving process only (not in tests or the CLI).
  let stop = () => {};
  app.addHook("onListen", () => {
    if (config.notify.enabled) stop = startNotifications(db, app.log, config.notify);
  });
  app.addHook("onClose", () => stop());

  r.get(
    "/api/notifications",
    { schema: { tags, response: { 200: NotificationsResponse } } },
    async (request) => listNotifications(db, actorOf(request)),
  );
  r.get(
    "/api/notifications/unread",
    { schema: { tags, response: { 200: UnreadCountResponse } } },
    async (request) => ({ unread: await unreadCount(db, actorOf(request)) }),
  );
  r.post(
    "/api/notifications/read",
    { schema: { tags, body: MarkReadBody, response: { 200: UnreadCountResponse } } },
    async (request) => markRead(db, actorOf(request), request.body.ids),
  );
  r.get(
    "/api/notifications/preferences",
    { schema: { tags, response: { 200: NotificationPreferencesResponse } } },
    async (request) => myPreferences(db, actorOf(request)),
  );
  r.patch(
    "/api/notifications/preferences",
    {
      schema: {
        tags,
        body: NotificationPreferencesPatch,
        response: { 200: NotificationPreferencesResponse },
      },
    },
    async (request) => updateMyPreferences(db, actorOf(request), request.body),
  );

  r.get(
    "/api/admin/mail",
    { schema: { tags, response: { 200: MailSettingsResponse } } },
    async (request) => mailSettings(db, actorOf(request)),
  );
  r.put(
    "/api/admin/mail",
    { schema: { tags, body: MailSettingsBody, response: { 200: MailSettingsResponse } } },
    async (request) => updateMailSettings(db, actorOf(request), request.body),
  );
  r.post(
    "/api/admin/mail/retry",
    { schema: { tags, response: { 200: MailSettingsResponse } } },
    async (request) => retryQueuedMail(db, actorOf(request)),
  );
  r.post(
    "/api/admin/mail/test",
    { schema: { tags, body: MailTestBody, response: { 200: MailTestResponse } } },
    async (request) => sendTestMail(db, actorOf(request), request.body.to, config.notify.mailDir),
  );
}
