package org.herodotus.app;

/** When a command draws a progress bar on standard error. */
public enum ProgressMode {
  /** When standard error is a terminal and there is more than one item. */
  AUTO,
  /** Always, even when standard error is redirected. */
  ALWAYS,
  /** Never. */
  NEVER
}
