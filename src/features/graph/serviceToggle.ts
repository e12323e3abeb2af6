import { createContext, useContext } from 'react';

/** Expands or collapses one service from its card, keeping it where it is on screen. */
export type ServiceToggle = (serviceId: string, expand: boolean) => void;

export const ServiceToggleContext = createContext<ServiceToggle>(() => undefined);

/** The canvas's service toggle, for the expand and collapse buttons on service cards. */
export function useServiceToggle(): ServiceToggle {
  return useContext(ServiceToggleContext);
}
