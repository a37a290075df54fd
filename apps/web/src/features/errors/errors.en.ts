import type { Messages } from "../../platform/i18n/messages";
import type { errorsSv } from "./errors.sv";

export const errorsEn: Messages<typeof errorsSv> = {
  notFound: {
    title: "Page not found",
    body: "The address may be mistyped, or the page has moved.",
  },
  forbidden: {
    title: "No access",
    body: "You do not have access to this page. Contact an administrator if you need it for your work.",
  },
  crash: {
    title: "Something went wrong",
    body: "The page could not be shown. Reload the page and try again.",
    reload: "Reload the page",
  },
  toStart: "Go to the home page",
};
