/** The password the crash harness encrypts with (worker) and opens with (checks). */
export const CRASH_PASSWORD = 'kraschtest-lösenord';
