import { useState, type ChangeEvent } from "react";

type InputEvent = ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>;

/** Controlled form values as strings, one binding per input. */
export function useFormValues<T extends Record<keyof T, string>>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const set = (name: keyof T, value: string) => setValues((v) => ({ ...v, [name]: value }));
  return {
    values,
    set,
    reset: () => setValues(initial),
    bind: (name: keyof T & string) => ({
      name,
      value: values[name],
      onChange: (event: InputEvent) => set(name, event.currentTarget.value),
    }),
  };
}
