/** SQLite `application_id` that marks a Kontera company file ("KONT"). */
export const KONTERA_APPLICATION_ID = 0x4b4f4e54;
