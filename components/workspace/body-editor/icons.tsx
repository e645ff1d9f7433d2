// Small stroke icons for the row controls; each control carries its own text label, so these are decoration.
import type { ReactNode } from "react";

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

export const ArrowUpIcon = () => (
  <Icon>
    <path d="M8 13V3M3.5 7.5 8 3l4.5 4.5" />
  </Icon>
);

export const ArrowDownIcon = () => (
  <Icon>
    <path d="M8 3v10M3.5 8.5 8 13l4.5-4.5" />
  </Icon>
);

export const IndentIcon = () => (
  <Icon>
    <path d="M2 3h12M7 6.5h7M7 10h7M2 13.5h12M2 6l2.5 2.25L2 10.5" />
  </Icon>
);

export const OutdentIcon = () => (
  <Icon>
    <path d="M2 3h12M7 6.5h7M7 10h7M2 13.5h12M4.5 6 2 8.25l2.5 2.25" />
  </Icon>
);

export const DeleteIcon = () => (
  <Icon>
    <path d="M2.5 4h11M6 4V2.5h4V4M4 4l.7 9.5h6.6L12 4M6.75 6.5v4.5M9.25 6.5v4.5" />
  </Icon>
);

export const AddIcon = () => (
  <Icon>
    <path d="M8 3v10M3 8h10" />
  </Icon>
);
