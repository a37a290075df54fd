import { Notification } from "@mantine/core";
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

type Announce = (message: string) => void;
const AnnouncerContext = createContext<Announce | null>(null);
const VISIBLE_MS = 10_000;

/**
 * Confirms that something succeeded: a visible message in a polite live region, so screen
 * readers read it without moving focus.
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<{ id: number; text: string } | null>(null);
  const announce = useCallback<Announce>((text) => setMessage({ id: Date.now(), text }), []);
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(null), VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [message]);
  return (
    <AnnouncerContext.Provider value={announce}>
      {children}
      <div role="status" aria-live="polite" aria-atomic="true" className="announcer">
        {message && (
          <Notification
            key={message.id}
            color="teal"
            withBorder
            onClose={() => setMessage(null)}
            closeButtonProps={{ "aria-label": t("close") }}
          >
            {message.text}
          </Notification>
        )}
      </div>
    </AnnouncerContext.Provider>
  );
}

export function useAnnounce(): Announce {
  const announce = useContext(AnnouncerContext);
  if (!announce) throw new Error("useAnnounce must be used inside AnnouncerProvider");
  return announce;
}
